/**
 * A source's record on this desk, and what follows from it: whether it is
 * too thin to judge, which letter reviewers gave most, and whether a letter
 * being chosen disagrees with it. Pure and free of server code and zod, so
 * the rating form (a client component) computes its caution as the letter
 * changes.
 */
import type { ReliabilityGrade, VerdictKind } from "@/db/schema";
import { verdictKinds } from "@/db/schema/verdict-kinds";
import { reliabilityGrades } from "@/lib/review/grades";
import { RECORD_MIN_DECIDED } from "./kinds";

export type SourceRecord = {
  sourceId: number;
  name: string;
  kind: string;
  /** claims resting on the source (on the rating card: other than the one being rated) */
  claims: number;
  /** of those, how many reached each standing verdict */
  verdicts: Record<VerdictKind, number>;
  /** claims with no standing verdict */
  undecided: number;
  /** reliability letters reviewers gave those claims, as far as blind-first lets this reader see */
  letters: Record<ReliabilityGrade, number>;
  /** letters left out because they are on claims the reader has not rated and that are still open */
  lettersWithheld: number;
};

/** The verdicts in the order the record lists them: the schema's. */
export const verdictOrder = verdictKinds;

export function decidedCount(record: Pick<SourceRecord, "verdicts">): number {
  return verdictOrder.reduce((sum, verdict) => sum + record.verdicts[verdict], 0);
}

/** Fewer than RECORD_MIN_DECIDED decided claims: "too few to judge". */
export function isThinRecord(record: Pick<SourceRecord, "verdicts">): boolean {
  return decidedCount(record) < RECORD_MIN_DECIDED;
}

/** The judged letter (A–E) reviewers gave most; several when tied; none when nobody judged. */
export function mostOftenGiven(letters: Record<ReliabilityGrade, number>): ReliabilityGrade[] {
  const judged = reliabilityGrades.filter((grade) => grade !== "F");
  const most = Math.max(0, ...judged.map((grade) => letters[grade]));
  return most === 0 ? [] : judged.filter((grade) => letters[grade] === most);
}

/** Decided claims that ended false or misleading, and that were verified. */
export function recordLeaning(record: Pick<SourceRecord, "verdicts">) {
  const decided = decidedCount(record);
  return {
    decided,
    wrong: record.verdicts.false + record.verdicts.misleading,
    verified: record.verdicts.verified,
  };
}

export type RecordCaution = {
  letter: ReliabilityGrade;
  source: string;
  /** the letter says reliable and most decided claims were wrong, or the other way round */
  direction: "reliable-but-mostly-wrong" | "unreliable-but-mostly-verified";
  count: number;
  decided: number;
};

/**
 * Whether `letter` disagrees with a source's record: an A or B for a source
 * most of whose decided claims ended false or misleading, a D or E for one
 * most of whose decided claims were verified. A thin record (too few decided
 * claims) never cautions: it says too little to disagree with.
 */
export function cautionFor(
  letter: ReliabilityGrade | null,
  records: readonly SourceRecord[],
): RecordCaution | null {
  if (!letter) return null;
  for (const record of records) {
    if (isThinRecord(record)) continue;
    const { decided, wrong, verified } = recordLeaning(record);
    if ((letter === "A" || letter === "B") && wrong * 2 > decided) {
      return {
        letter,
        source: record.name,
        direction: "reliable-but-mostly-wrong",
        count: wrong,
        decided,
      };
    }
    if ((letter === "D" || letter === "E") && verified * 2 > decided) {
      return {
        letter,
        source: record.name,
        direction: "unreliable-but-mostly-verified",
        count: verified,
        decided,
      };
    }
  }
  return null;
}
