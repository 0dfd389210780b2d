/**
 * What the board sorts and flags claims by, derived from the same input as
 * the status rule and stored on the claim row beside the status, in the same
 * transaction as the rating, evidence or relation that changed it. The board
 * then orders 10,000 claims through an index instead of aggregating every
 * rating on each request.
 */
import { computeStatus, type StatusInput, type StatusVerdict } from "./status";

export type ReviewSummary = {
  status: StatusVerdict["status"];
  ratingCount: number;
  /** a contradicting claim or live contradicting evidence: the card's flag */
  contradicted: boolean;
};

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
      contradicted:
        input.contradictingClaims > 0 || input.evidence.some((e) => e.stance === "contradicts"),
    },
  };
}
