import { useTranslations } from "@/lib/i18n/use-translations";
import type { ClaimStatus, VerdictKind } from "@/db/schema";

/**
 * One colour per status, the same everywhere in the desk: the badge's
 * classes, and the marker classes for charts (the timeline), whose strokes
 * keep at least 3:1 contrast against white and the paper background.
 */
export const claimStatusStyle: Record<
  ClaimStatus,
  { label: string; className: string; markerFill: string; markerStroke: string }
> = {
  unreviewed: {
    label: "Unreviewed",
    className: "bg-slate-100 text-slate-700 ring-slate-300",
    markerFill: "fill-slate-500",
    markerStroke: "stroke-slate-500",
  },
  in_review: {
    label: "In review",
    className: "bg-sky-50 text-sky-800 ring-sky-300",
    markerFill: "fill-sky-600",
    markerStroke: "stroke-sky-600",
  },
  well_sourced: {
    label: "Well sourced",
    className: "bg-emerald-50 text-emerald-800 ring-emerald-300",
    markerFill: "fill-emerald-600",
    markerStroke: "stroke-emerald-600",
  },
  weakly_sourced: {
    label: "Weakly sourced",
    className: "bg-amber-50 text-amber-900 ring-amber-300",
    markerFill: "fill-amber-700",
    markerStroke: "stroke-amber-700",
  },
  disputed: {
    label: "Disputed",
    className: "bg-rose-50 text-rose-800 ring-rose-300",
    markerFill: "fill-rose-600",
    markerStroke: "stroke-rose-600",
  },
  mixed: {
    label: "Mixed",
    className: "bg-violet-50 text-violet-800 ring-violet-300",
    markerFill: "fill-violet-600",
    markerStroke: "stroke-violet-600",
  },
};

/** The statuses in the order a legend lists them. */
export const claimStatusOrder = Object.keys(claimStatusStyle) as ClaimStatus[];

export function StatusBadge({ status }: { status: ClaimStatus }) {
  const vocab = useTranslations("vocab");
  const { className } = claimStatusStyle[status];
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${className}`}
    >
      {vocab(`status.${status}`)}
    </span>
  );
}

/** The status as words, lower case, for sentences: "disputed", "well sourced". */
export function statusLabel(status: ClaimStatus): string {
  return claimStatusStyle[status].label.toLowerCase();
}

/** Solid, unlike the status colours: a decision, not a reading of the grades. */
const verdictStyle: Record<VerdictKind, string> = {
  verified: "bg-emerald-700 text-white ring-emerald-800",
  false: "bg-rose-700 text-white ring-rose-800",
  misleading: "bg-amber-800 text-white ring-amber-900",
  unproven: "bg-slate-700 text-white ring-slate-800",
};

/**
 * What a card shows as its state: an editor's standing verdict overrides the
 * computed status (DESIGN.md); without one, the status.
 */
export function ClaimStateBadge({
  status,
  verdict,
}: {
  status: ClaimStatus;
  verdict: VerdictKind | null;
}) {
  const vocab = useTranslations("vocab");
  if (!verdict) return <StatusBadge status={status} />;
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${verdictStyle[verdict]}`}
    >
      {vocab("verdictBadge", { verdict: vocab(`verdict.${verdict}`) })}
    </span>
  );
}
