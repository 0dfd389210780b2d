import "server-only";
import { eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { ratings, users, verdicts, type ReliabilityGrade, type VerdictKind } from "@/db/schema";

/**
 * Calibration, a prompt to compare notes and not a score: for each
 * reviewer, the reliability letters they gave set against the verdicts
 * those claims later received ("of the 6 claims Omar graded A–B, 2 ended
 * false"). Decided claims only (a standing verdict), so it says nothing
 * while a claim is open and its grades may still be blind to others; a
 * reviewer's grade is the one they hold now. A verdict is not a reviewer's
 * grade being wrong: a usually reliable source can be wrong once, and the
 * verdict may rest on evidence the grader never saw.
 */

/** The letters in bands: what a reviewer said of the source, in three words and a "could not". */
export const letterBands = ["A–B", "C", "D–E", "F"] as const;
export type LetterBand = (typeof letterBands)[number];

export const letterBandOf: Record<ReliabilityGrade, LetterBand> = {
  A: "A–B",
  B: "A–B",
  C: "C",
  D: "D–E",
  E: "D–E",
  F: "F",
};

export type CalibrationRow = {
  band: LetterBand;
  /** decided claims the reviewer graded in this band */
  decided: number;
  verdicts: Record<VerdictKind, number>;
};

export type ReviewerCalibration = {
  reviewerId: string;
  displayName: string;
  active: boolean;
  /** decided claims this reviewer graded, in every band */
  decided: number;
  /** the bands they used, in letter order */
  bands: CalibrationRow[];
};

/** One query: each reviewer's letters on decided claims, counted by letter and verdict. */
export async function readCalibration(db: Executor): Promise<ReviewerCalibration[]> {
  const rows = await db
    .select({
      reviewerId: ratings.reviewerId,
      displayName: users.displayName,
      active: users.active,
      letter: ratings.reliability,
      verdict: verdicts.verdict,
      claims: sql<number>`count(*)::int`,
    })
    .from(verdicts)
    .innerJoin(ratings, eq(ratings.claimId, verdicts.claimId))
    .innerJoin(users, eq(users.id, ratings.reviewerId))
    .where(isNull(verdicts.reopenedAt))
    .groupBy(
      ratings.reviewerId,
      users.displayName,
      users.active,
      ratings.reliability,
      verdicts.verdict,
    );
  return calibrationFromCounts(rows);
}

/** Folds (reviewer, letter, verdict, count) rows into each reviewer's bands. Pure. */
export function calibrationFromCounts(
  rows: ReadonlyArray<{
    reviewerId: string;
    displayName: string;
    active: boolean;
    letter: ReliabilityGrade;
    verdict: VerdictKind;
    claims: number;
  }>,
): ReviewerCalibration[] {
  const byReviewer = new Map<string, ReviewerCalibration>();
  for (const row of rows) {
    let reviewer = byReviewer.get(row.reviewerId);
    if (!reviewer) {
      reviewer = {
        reviewerId: row.reviewerId,
        displayName: row.displayName,
        active: row.active,
        decided: 0,
        bands: [],
      };
      byReviewer.set(row.reviewerId, reviewer);
    }
    const band = letterBandOf[row.letter];
    let counts = reviewer.bands.find((entry) => entry.band === band);
    if (!counts) {
      counts = {
        band,
        decided: 0,
        verdicts: { verified: 0, false: 0, misleading: 0, unproven: 0 },
      };
      reviewer.bands.push(counts);
    }
    counts.verdicts[row.verdict] += row.claims;
    counts.decided += row.claims;
    reviewer.decided += row.claims;
  }
  const reviewers = [...byReviewer.values()];
  for (const reviewer of reviewers) {
    reviewer.bands.sort((a, b) => letterBands.indexOf(a.band) - letterBands.indexOf(b.band));
  }
  return reviewers.sort((a, b) => a.displayName.localeCompare(b.displayName, "en"));
}
