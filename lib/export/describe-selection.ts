/**
 * The selection in words, for the top line of a summary, the export page
 * and the JSON file: "verdict verified or false, or no verdict and disputed;
 * report “…”; events from 2025-01-01 to 2025-06-30", in the reader's
 * language. Names come from the database (see resolveSelection); ids stand
 * in when a name is not given. Pure; apart from ./selection.ts because it
 * carries the catalogues, which the export form in the browser does not need.
 */
import type { ClaimStatus, VerdictKind } from "@/db/schema";
import { readerWords, type ExportReader } from "./reader";
import { computedStatuses, verdictStatuses, type ExportSelection } from "./selection";

export function describeSelection(
  selection: ExportSelection,
  names: { report?: string | null; entity?: string | null },
  reader: ExportReader,
): string {
  const { t, locale } = readerWords(reader);
  const either = new Intl.ListFormat(locale, { type: "disjunction" });
  const parts: string[] = [];
  if (selection.statuses === "all") parts.push(t("export.selection.everyClaim"));
  else {
    const verdicts = selection.statuses.filter((s) => verdictStatuses.includes(s as VerdictKind));
    const computed = selection.statuses.filter((s) => computedStatuses.includes(s as ClaimStatus));
    // the words of the desk's vocabulary, lower case inside a sentence (a no-op in Arabic)
    const named = (kind: "verdict" | "status", codes: readonly string[]) =>
      either.format(codes.map((code) => t(`vocab.${kind}.${code}`).toLowerCase()));
    const verdictWords = verdicts.length
      ? t("export.selection.verdicts", { verdicts: named("verdict", verdicts) })
      : null;
    const undecidedWords = computed.length
      ? t("export.selection.undecided", { statuses: named("status", computed) })
      : null;
    parts.push(
      verdictWords && undecidedWords
        ? t("export.selection.either", { verdicts: verdictWords, undecided: undecidedWords })
        : (verdictWords ?? undecidedWords ?? ""),
    );
  }
  if (selection.reportId) {
    const name = names.report ?? `#${selection.reportId}`;
    parts.push(t("export.selection.report", { name }));
  }
  if (selection.entityId) {
    const name = names.entity ?? `#${selection.entityId}`;
    parts.push(t("export.selection.entity", { name }));
  }
  const { from, to } = selection;
  if (from && to) parts.push(t("export.selection.eventsBetween", { from, to }));
  else if (from) parts.push(t("export.selection.eventsFrom", { from }));
  else if (to) parts.push(t("export.selection.eventsUpTo", { to }));
  return parts.join(t("export.selection.separator"));
}
