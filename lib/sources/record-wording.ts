/**
 * A source's record in words, each a whole sentence of the
 * `claimSources.record` catalogue with its numbers in place (its plural
 * forms, and lists joined by Intl in the reader's language), so a language
 * translates sentences rather than gluing fragments. The source's name is
 * never inside them: pages show it beside, isolated with dir="auto", since
 * it may be Arabic. Pure, for server and client alike: the caller hands in
 * its translator and list format.
 */
import type { useTranslations } from "next-intl";
import type { ReliabilityGrade } from "@/db/schema";
import { RECORD_MIN_DECIDED } from "./kinds";
import { decidedCount, mostOftenGiven, verdictOrder, type SourceRecord } from "./record-summary";

export type RecordWords = {
  t: ReturnType<typeof useTranslations<"claimSources.record">>;
  /** Intl's list format in the reader's language ("C or D", "C أو D") */
  list: (items: string[], type: "unit" | "disjunction") => string;
};

/**
 * "14 other claims here: 2 verified, 1 false, 11 undecided." With `other`,
 * the claim being rated is not among them (lib/sources/record.ts).
 */
export function claimsSentence(
  { t, list }: RecordWords,
  record: Pick<SourceRecord, "claims" | "verdicts" | "undecided">,
  scope: "other" | "all",
): string {
  if (record.claims === 0) return t("noClaims", { scope });
  const parts = [
    ...verdictOrder
      .filter((verdict) => record.verdicts[verdict] > 0)
      .map((verdict) => t("verdictCount", { count: record.verdicts[verdict], verdict })),
    ...(record.undecided > 0 ? [t("undecidedCount", { count: record.undecided })] : []),
  ];
  return t("claims", { scope, claims: record.claims, breakdown: list(parts, "unit") });
}

/** "Reviewers most often gave C." */
export function lettersSentence(
  { t, list }: RecordWords,
  letters: Record<ReliabilityGrade, number>,
): string {
  const most = mostOftenGiven(letters);
  if (most.length === 0) return t("noLetters");
  return t("mostOften", { letters: list(most, "disjunction") });
}

/** Said when letters were left out for blind-first; null when none were. */
export function withheldSentence({ t }: RecordWords, withheld: number): string | null {
  if (withheld === 0) return null;
  return t("withheld", { count: withheld });
}

/** "Too few to judge: 2 decided claims, 5 needed." when the record is thin; null otherwise. */
export function thinRecordSentence(
  { t }: RecordWords,
  record: Pick<SourceRecord, "verdicts">,
): string | null {
  const decided = decidedCount(record);
  if (decided >= RECORD_MIN_DECIDED) return null;
  return t("thin", { decided, needed: RECORD_MIN_DECIDED });
}
