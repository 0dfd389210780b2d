import "server-only";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { claimRelations, claims, evidence, ratings } from "@/db/schema";
import { env } from "@/lib/env";
import { summariseReview } from "./review-summary";
import type { StatusVerdict } from "./status";

/** Everything the status rule reads about one claim. */
export async function readStatusInput(db: Executor, claimId: number) {
  // one after another: inside a transaction there is one connection, and pg runs one query at a time
  const claimRatings = await db
    .select({ reliability: ratings.reliability, credibility: ratings.credibility })
    .from(ratings)
    .where(eq(ratings.claimId, claimId));
  const liveEvidence = await db
    .select({ stance: evidence.stance })
    .from(evidence)
    .where(and(eq(evidence.claimId, claimId), isNull(evidence.retractedAt)));
  const [contradictions] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(claimRelations)
    .where(
      and(
        eq(claimRelations.kind, "contradicts"),
        or(eq(claimRelations.fromClaimId, claimId), eq(claimRelations.toClaimId, claimId)),
      ),
    );
  return {
    ratings: claimRatings,
    evidence: liveEvidence,
    contradictingClaims: contradictions?.n ?? 0,
    quorum: env.CLAIM_QUORUM,
  };
}

/**
 * Recomputes a claim's status, and what the board orders and flags it by,
 * after a rating, evidence or relation changed, inside the same transaction
 * as that change, so the board never shows a status its card would not.
 * Returns the verdict with its reasons.
 */
export async function refreshClaimStatus(tx: Executor, claimId: number): Promise<StatusVerdict> {
  const { verdict, summary } = summariseReview(await readStatusInput(tx, claimId));
  await tx
    .update(claims)
    .set(summary)
    .where(
      and(
        eq(claims.id, claimId),
        or(
          sql`${claims.status} is distinct from ${summary.status}`,
          sql`${claims.ratingCount} <> ${summary.ratingCount}`,
          sql`${claims.contradicted} <> ${summary.contradicted}`,
        ),
      ),
    );
  return verdict;
}
