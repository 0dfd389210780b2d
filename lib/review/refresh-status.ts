import "server-only";
import { and, eq, or, sql, type Column } from "drizzle-orm";
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
 * Everything the status rule reads about one claim, as one JSON value: the
 * claim a number names, or a column of the query it is part of (the claim
 * page reads it with the card, lib/claims/page-reads.ts).
 */
export function statusInputColumns(claimId: number | Column) {
  return sql<StatusInputRow>`json_build_object(
    'ratings', coalesce((select json_agg(json_build_object('reliability', r.reliability, 'credibility', r.credibility))
                from ${ratings} r where r.claim_id = ${claimId}), '[]'),
    'evidence', coalesce((select json_agg(json_build_object('stance', e.stance))
                from ${evidence} e where e.claim_id = ${claimId} and e.retracted_at is null), '[]'),
    'contradicting', (select count(*)::int from ${claimRelations} cr
        where cr.kind = 'contradicts' and (cr.from_claim_id = ${claimId} or cr.to_claim_id = ${claimId})))`;
}

export function statusInputOf(row: StatusInputRow) {
  return {
    ratings: row.ratings,
    evidence: row.evidence,
    contradictingClaims: row.contradicting,
    quorum: env.CLAIM_QUORUM,
  };
}

/** The status rule's input, in one round trip (a write's transaction runs one query at a time). */
export async function readStatusInput(db: Executor, claimId: number) {
  const { rows } = await db.execute<{ input: StatusInputRow }>(
    sql`select ${statusInputColumns(claimId)} as input`,
  );
  return statusInputOf(rows[0]!.input);
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
