/**
 * What GET /api/claims/similar answers for each claim, as the "Make claim"
 * form reads it: no full quote (its marked runs carry the text), ids of the
 * claim and its report, the score rounded for display.
 */
import type { ClaimStatus } from "@/db/schema";
import type { ValueConflict } from "@/lib/contradictions/detect";
import type { MarkedText } from "./marks";
import type { RankedCandidate, Candidate } from "./rank";

export type SimilarClaimAnswer = {
  id: number;
  statement: string;
  quoteLanguage: string;
  status: ClaimStatus;
  report: { id: number; title: string };
  score: number;
  sharedValues: string[];
  conflict: ValueConflict | null;
  statementMarks: MarkedText;
  quoteMarks: MarkedText;
};

type Found = RankedCandidate<
  Candidate & { quoteLanguage: string; status: ClaimStatus; reportId: number; reportTitle: string }
>;

export function similarClaimAnswer(claim: Found): SimilarClaimAnswer {
  return {
    id: claim.id,
    statement: claim.statement,
    quoteLanguage: claim.quoteLanguage,
    status: claim.status,
    report: { id: claim.reportId, title: claim.reportTitle },
    score: Math.round(claim.score * 100) / 100,
    sharedValues: claim.sharedValues,
    conflict: claim.conflict,
    statementMarks: claim.statementMarks,
    quoteMarks: claim.quoteMarks,
  };
}
