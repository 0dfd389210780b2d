import type { Role } from "@/lib/auth/roles";

/** The desk's sections and the least role that may open each. */
export const navLinks: Array<{ href: string; label: string; role: Role }> = [
  { href: "/dashboard", label: "Dashboard", role: "reviewer" },
  { href: "/claims", label: "Claims", role: "reviewer" },
  { href: "/reports", label: "Reports", role: "reviewer" },
  { href: "/timeline", label: "Timeline", role: "reviewer" },
  { href: "/export", label: "Export", role: "editor" },
  { href: "/admin/users", label: "Accounts", role: "admin" },
  { href: "/admin/audit", label: "Audit log", role: "admin" },
  { href: "/admin/jobs", label: "Jobs", role: "admin" },
];
