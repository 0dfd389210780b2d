/**
 * What an export's selection filters on and by which values, before any
 * words: the export page says it rich (names marked as data, dates as the
 * interface shows them; components/export/selection-in-words.tsx) and the
 * files say it plain (./describe-selection.ts). Both read these parts, so
 * they cannot disagree on what was chosen. Pure, without the catalogues.
 */
import type { ClaimStatus, VerdictKind } from "@/db/schema";
import { computedStatuses, verdictStatuses, type ExportSelection } from "./selection";

export type SelectionParts = {
  /**
   * Which claims by their standing: every claim, those with one of these
   * verdicts, those without a verdict in one of these statuses, or either.
   */
  claims:
    | { kind: "all" }
    | {
        kind: "verdicts" | "undecided" | "either";
        verdicts: VerdictKind[];
        undecided: ClaimStatus[];
      };
  /** the report's title, "#id" where no title is given; null for any report */
  report: string | null;
  /** the entity's name, likewise */
  entity: string | null;
  /** the events' dates (YYYY-MM-DD) as chosen; null for any date */
  events:
    | { kind: "between"; from: string; to: string }
    | { kind: "from"; from: string }
    | { kind: "upTo"; to: string }
    | null;
};

export function selectionParts(
  selection: ExportSelection,
  names: { report?: string | null; entity?: string | null },
): SelectionParts {
  return {
    claims: claimsPart(selection.statuses),
    report: selection.reportId ? (names.report ?? `#${selection.reportId}`) : null,
    entity: selection.entityId ? (names.entity ?? `#${selection.entityId}`) : null,
    events: eventsPart(selection),
  };
}

function claimsPart(statuses: ExportSelection["statuses"]): SelectionParts["claims"] {
  if (statuses === "all") return { kind: "all" };
  const verdicts = statuses.filter((s): s is VerdictKind =>
    verdictStatuses.includes(s as VerdictKind),
  );
  const undecided = statuses.filter((s): s is ClaimStatus =>
    computedStatuses.includes(s as ClaimStatus),
  );
  // an empty list never parses (export.problems.noStatus); it would read as "undecided"
  const kind =
    verdicts.length && undecided.length ? "either" : verdicts.length ? "verdicts" : "undecided";
  return { kind, verdicts, undecided };
}

function eventsPart({ from, to }: ExportSelection): SelectionParts["events"] {
  if (from && to) return { kind: "between", from, to };
  if (from) return { kind: "from", from };
  if (to) return { kind: "upTo", to };
  return null;
}
