import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import {
  claimRelations,
  claims,
  evidence,
  ratings,
  type Evidence,
  type ReliabilityGrade,
} from "@/db/schema";
import { env } from "@/lib/env";
import { summariseReview } from "./review-summary";
import type { StatusVerdict } from "./status";

type StatusInputRow = {
  ratings: Array<{ reliability: ReliabilityGrade; credibility: number }>;
  evidence: Array<Pick<Evidence, "stance">>;
  contradicting: number;
};

/**
 * Everything the status rule reads about one claim, in one round trip (a
 * write's transaction runs one query at a time on its one connection).
 */
export async function readStatusInput(db: Executor, claimId: number) {
  const { rows } = await db.execute<StatusInputRow>(sql`
    select
      coalesce((select json_agg(json_build_object('reliability', r.reliability, 'credibility', r.credibility))
                from ${ratings} r where r.claim_id = ${claimId}), '[]') as ratings,
      coalesce((select json_agg(json_build_object('stance', e.stance))
                from ${evidence} e where e.claim_id = ${claimId} and e.retracted_at is null), '[]') as evidence,
      (select count(*)::int from ${claimRelations} cr
        where cr.kind = 'contradicts' and (cr.from_claim_id = ${claimId} or cr.to_claim_id = ${claimId})
      ) as contradicting`);
  const row = rows[0]!;
  return {
    ratings: row.ratings,
    evidence: row.evidence,
    contradictingClaims: row.contradicting,
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
  return (await refreshClaimReview(tx, claimId)).verdict;
}

/** refreshClaimStatus, with the summary the claim row now holds (its rating count). */
export async function refreshClaimReview(tx: Executor, claimId: number) {
  const review = summariseReview(await readStatusInput(tx, claimId));
  const { summary } = review;
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
  return review;
}
