/**
 * What the board sorts and flags claims by, derived from the same input as
 * the status rule and stored on the claim row beside the status, in the same
 * transaction as the rating, evidence or relation that changed it. The board
 * then orders 10,000 claims through an index instead of aggregating every
 * rating on each request.
 */
import { reliabilityRank } from "./grades";
import { computeStatus, type Consensus, type StatusInput, type StatusVerdict } from "./status";

export type ReviewSummary = {
  status: StatusVerdict["status"];
  ratingCount: number;
  /** the widest gap between judged grades on either scale ("most disputed" order) */
  gradeSpread: number;
  /** a contradicting claim or live contradicting evidence: the card's flag */
  contradicted: boolean;
};

/**
 * The widest gap between judged grades on either scale, read off the ranges
 * the consensus already found (F and 6, "cannot be judged", are left out of
 * them: no grade to disagree over).
 */
export function gradeSpread({ reliabilityRange, credibilityRange }: Consensus): number {
  const reliability = reliabilityRange
    ? reliabilityRank(reliabilityRange[1])! - reliabilityRank(reliabilityRange[0])!
    : 0;
  const credibility = credibilityRange ? credibilityRange[1] - credibilityRange[0] : 0;
  return Math.max(reliability, credibility);
}

export function summariseReview(input: StatusInput): {
  verdict: StatusVerdict;
  summary: ReviewSummary;
} {
  const verdict = computeStatus(input);
  return {
    verdict,
    summary: {
      status: verdict.status,
      ratingCount: input.ratings.length,
      gradeSpread: gradeSpread(verdict.consensus),
      contradicted:
        input.contradictingClaims > 0 || input.evidence.some((e) => e.stance === "contradicts"),
    },
  };
}
