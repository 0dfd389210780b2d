import type { Evidence } from "@/db/schema";

type Stance = Evidence["stance"];

/** How a source stands to the claim, in the words the form and the card use. */
export const stanceStyle: Record<Stance, { label: string; option: string; className: string }> = {
  supports: {
    label: "Supports",
    option: "Supports the claim",
    className: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  },
  contradicts: {
    label: "Contradicts",
    option: "Contradicts the claim",
    className: "bg-rose-50 text-rose-800 ring-rose-300",
  },
  context: {
    label: "Context",
    option: "Gives context",
    className: "bg-slate-100 text-slate-700 ring-slate-300",
  },
};

export const stanceOrder: Stance[] = ["supports", "contradicts", "context"];

export function StanceBadge({ stance }: { stance: Stance }) {
  const { label, className } = stanceStyle[stance];
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      {label}
    </span>
  );
}
