import type { Role } from "@/lib/auth/roles";
import type messages from "@/lib/i18n/messages/en";

/** The desk's sections and the least role that may open each. */
/** A section's name in the catalogue (shell.nav.…). */
export type NavLabel = keyof (typeof messages)["shell"]["nav"];

export const navLinks: Array<{ href: string; label: NavLabel; role: Role }> = [
  { href: "/dashboard", label: "dashboard", role: "reviewer" },
  { href: "/claims", label: "claims", role: "reviewer" },
  { href: "/assignments", label: "assignments", role: "reviewer" },
  { href: "/reports", label: "reports", role: "reviewer" },
  { href: "/sources", label: "sources", role: "reviewer" },
  { href: "/timeline", label: "timeline", role: "reviewer" },
  { href: "/export", label: "export", role: "editor" },
  { href: "/admin/users", label: "accounts", role: "admin" },
  { href: "/admin/audit", label: "audit", role: "admin" },
  { href: "/admin/jobs", label: "jobs", role: "admin" },
];
