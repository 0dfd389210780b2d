/**
 * A source's record in words, each a whole sentence with its numbers in
 * place (plural forms by Intl.PluralRules, lists by Intl.ListFormat), so an
 * Arabic interface translates sentences rather than gluing fragments. The
 * source's name is never inside them: pages show it beside, isolated with
 * dir="auto", since it may be Arabic. Pure, for server and client alike.
 */
import type { ReliabilityGrade } from "@/db/schema";
import { verdictLabels } from "@/lib/verdicts/labels";
import { RECORD_MIN_DECIDED } from "./kinds";
import { decidedCount, mostOftenGiven, verdictOrder, type SourceRecord } from "./record-summary";

const plural = new Intl.PluralRules("en");
const counted = (n: number, one: string, other: string) =>
  `${n.toLocaleString("en")} ${plural.select(n) === "one" ? one : other}`;
const listOf = (items: string[], type: "unit" | "disjunction") =>
  new Intl.ListFormat("en", { style: "long", type }).format(items);

/**
 * "14 other claims here: 2 verified, 1 false, 11 undecided." With `other`,
 * the claim being rated is not among them (lib/sources/record.ts).
 */
export function claimsSentence(
  record: Pick<SourceRecord, "claims" | "verdicts" | "undecided">,
  scope: "other" | "all",
): string {
  if (record.claims === 0) {
    return scope === "other"
      ? "No other claim on this desk rests on it yet."
      : "No claim on this desk rests on it yet.";
  }
  const parts = [
    ...verdictOrder
      .filter((verdict) => record.verdicts[verdict] > 0)
      .map((verdict) => `${record.verdicts[verdict]} ${verdictLabels[verdict].toLowerCase()}`),
    ...(record.undecided > 0 ? [`${record.undecided} undecided`] : []),
  ];
  const claims =
    scope === "other"
      ? counted(record.claims, "other claim", "other claims")
      : counted(record.claims, "claim", "claims");
  return `${claims} here: ${listOf(parts, "unit")}.`;
}

/** "Reviewers most often gave C." */
export function lettersSentence(letters: Record<ReliabilityGrade, number>): string {
  const most = mostOftenGiven(letters);
  if (most.length === 0) return "No reliability letters to show yet.";
  return `Reviewers most often gave ${listOf(most, "disjunction")}.`;
}

/** Said when letters were left out for blind-first; null when none were. */
export function withheldSentence(withheld: number): string | null {
  if (withheld === 0) return null;
  return `${counted(withheld, "letter", "letters")} on claims you have not rated are left out, so they do not anchor your grades there.`;
}

/** "Too few to judge: 2 decided claims, 5 needed." when the record is thin; null otherwise. */
export function thinRecordSentence(record: Pick<SourceRecord, "verdicts">): string | null {
  const decided = decidedCount(record);
  if (decided >= RECORD_MIN_DECIDED) return null;
  return `Too few to judge: ${counted(decided, "decided claim", "decided claims")}, ${RECORD_MIN_DECIDED} needed.`;
}
