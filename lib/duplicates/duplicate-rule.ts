/**
 * When two claims on the desk are offered to an editor as possibly the same
 * claim: their statements or their quotes are much alike (pg_trgm similarity,
 * kept in claim_resemblances) and no value differs between them. Two claims
 * that give different dates or counts for the same thing are not duplicates
 * but a possible contradiction (lib/contradictions). Pure.
 */
import { findConflicts, type ReadClaim } from "@/lib/contradictions/detect";

/**
 * Measured on the demo desk: the same recognition told twice in report 002
 * ("at the start of July 2025" / "in July 2025") has statements 0.79 alike;
 * claims that only share their subject stay under 0.45.
 */
export const DUPLICATE_STATEMENT_SIMILARITY = 0.5;
/** Quotes in Arabic are longer and share more words by chance: a higher bar. */
export const DUPLICATE_QUOTE_SIMILARITY = 0.6;

export type Resemblance = { statementSimilarity: number; quoteSimilarity: number };

/** How alike the pair looks, 0–1, or null when it is not offered as a duplicate. */
export function duplicateScore(
  a: ReadClaim,
  b: ReadClaim,
  resemblance: Resemblance,
): number | null {
  const { statementSimilarity, quoteSimilarity } = resemblance;
  const alike =
    statementSimilarity >= DUPLICATE_STATEMENT_SIMILARITY ||
    quoteSimilarity >= DUPLICATE_QUOTE_SIMILARITY;
  if (!alike || findConflicts(a, b).length > 0) return null;
  return Math.max(statementSimilarity, quoteSimilarity);
}
