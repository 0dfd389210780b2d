/**
 * The selection in words, for the top line of a summary, the export page
 * and the JSON file: "verdict verified or false, or no verdict and disputed;
 * report “…”; events from 2025-01-01 to 2025-06-30", in the reader's
 * language, as plain text. What it says comes from ./selection-parts.ts,
 * as the export page's rich words do. Pure; apart from ./selection.ts
 * because it carries the catalogues, which the export form in the browser
 * does not need.
 */
import { readerWords, type ExportReader } from "./reader";
import type { ExportSelection } from "./selection";
import { selectionParts } from "./selection-parts";

const eventsKeys = { between: "eventsBetween", from: "eventsFrom", upTo: "eventsUpTo" } as const;

export function describeSelection(
  selection: ExportSelection,
  names: { report?: string | null; entity?: string | null },
  reader: ExportReader,
): string {
  const { t, locale } = readerWords(reader);
  const either = new Intl.ListFormat(locale, { type: "disjunction" });
  const { claims, report, entity, events } = selectionParts(selection, names);
  // the words of the desk's vocabulary, lower case inside a sentence (a no-op in Arabic)
  const named = (kind: "verdict" | "status", codes: readonly string[]) =>
    either.format(codes.map((code) => t(`vocab.${kind}.${code}`).toLowerCase()));
  const parts: string[] = [];
  if (claims.kind === "all") parts.push(t("export.selection.everyClaim"));
  else {
    const verdicts = t("export.selection.verdicts", {
      verdicts: named("verdict", claims.verdicts),
    });
    const undecided = t("export.selection.undecided", {
      statuses: named("status", claims.undecided),
    });
    parts.push(
      claims.kind === "either"
        ? t("export.selection.either", { verdicts, undecided })
        : claims.kind === "verdicts"
          ? verdicts
          : undecided,
    );
  }
  if (report) parts.push(t("export.selection.report", { name: report }));
  if (entity) parts.push(t("export.selection.entity", { name: entity }));
  if (events) {
    const { kind, ...dates } = events;
    parts.push(t(`export.selection.${eventsKeys[kind]}`, dates));
  }
  return parts.join(t("export.selection.separator"));
}
