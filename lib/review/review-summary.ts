/**
 * What the board sorts and flags claims by, derived from the same input as
 * the status rule and stored on the claim row beside the status, in the same
 * transaction as the rating, evidence or relation that changed it. The board
 * then orders 10,000 claims through an index instead of aggregating every
 * rating on each request.
 */
import { credibilityRank, reliabilityRank } from "./grades";
import { computeStatus, type StatusInput, type StatusVerdict } from "./status";

export type ReviewSummary = {
  status: StatusVerdict["status"];
  ratingCount: number;
  /** the widest gap between judged grades on either scale ("most disputed" order) */
  gradeSpread: number;
  /** a contradicting claim or live contradicting evidence: the card's flag */
  contradicted: boolean;
};

/** Highest minus lowest judged grade; F and 6 ("cannot be judged") are no grade to disagree over. */
function range(ranks: Array<number | null>): number {
  const judged = ranks.filter((rank): rank is number => rank !== null);
  return judged.length ? Math.max(...judged) - Math.min(...judged) : 0;
}

export function gradeSpread(ratings: StatusInput["ratings"]): number {
  return Math.max(
    range(ratings.map((r) => reliabilityRank(r.reliability))),
    range(ratings.map((r) => credibilityRank(r.credibility))),
  );
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
      gradeSpread: gradeSpread(input.ratings),
      contradicted:
        input.contradictingClaims > 0 || input.evidence.some((e) => e.stance === "contradicts"),
    },
  };
}
