import type { ClaimStatus } from "@/db/schema";

const statusStyle: Record<ClaimStatus, { label: string; className: string }> = {
  unreviewed: { label: "Unreviewed", className: "bg-slate-100 text-slate-700 ring-slate-300" },
  in_review: { label: "In review", className: "bg-sky-50 text-sky-800 ring-sky-300" },
  well_sourced: {
    label: "Well sourced",
    className: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  },
  weakly_sourced: {
    label: "Weakly sourced",
    className: "bg-amber-50 text-amber-900 ring-amber-300",
  },
  disputed: { label: "Disputed", className: "bg-rose-50 text-rose-800 ring-rose-300" },
  mixed: { label: "Mixed", className: "bg-violet-50 text-violet-800 ring-violet-300" },
};

/** One colour per status, the same everywhere in the desk. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const { label, className } = statusStyle[status];
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      {label}
    </span>
  );
}
