/**
 * A claim's sourcing in the reader's words, for the files: the consensus
 * grade with its Admiralty wording ("B2: usually reliable source, probably
 * true") and how far the reviewers agree. Pure.
 */
import type { ExportClaim } from "./claim-record";
import type { ExportReader } from "./reader";
import type { Words } from "@/lib/i18n/translator";

export function sourcingWords(
  sourcing: ExportClaim["sourcing"],
  t: Words,
  reader: ExportReader,
): { grade: string | null; agreement: string } {
  // as in the record, a scale nobody could judge reads as F or 6, "cannot be judged"
  const reliability = sourcing.reliability ?? "F";
  const credibility = sourcing.credibility ?? 6;
  const grade =
    sourcing.reviewers === 0
      ? null
      : t("summary.grade", {
          letters: `${reliability}${credibility}`,
          source: t(`summary.reliability.${reliability}`),
          information: t(`summary.credibility.${credibility}`),
        });
  // the record's English wording names how many steps apart the grades are; in
  // another language the file says whether the middle half of them spreads
  // over more than one step, from the same grades (as the printable page does)
  const agreement =
    reader.language === "en"
      ? sourcing.agreement
      : t("summary.agreement", {
          reviewers: sourcing.reviewers,
          spread:
            Math.max(sourcing.reliabilitySpread, sourcing.credibilitySpread) > 1 ? "wide" : "close",
        });
  return { grade, agreement };
}
