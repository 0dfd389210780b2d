import "server-only";
import { and, eq, exists, or, sql, type AnyColumn } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { ratingReveals, ratings, type User } from "@/db/schema";

/**
 * Blind-first (DESIGN.md): a reader sees other reviewers' grades on a claim
 * only after rating it or choosing to reveal them, so early grades do not
 * anchor later ones. As SQL, for one claim (its id) or for each claim of a
 * query (its id column), so hidden grades never leave the database.
 */
export function maySeeRatings(actor: User, claimId: AnyColumn | number) {
  const db = getDb();
  const mine = alias(ratings, "mine");
  return or(
    exists(
      db
        .select({ one: sql`1` })
        .from(mine)
        .where(and(eq(mine.claimId, claimId), eq(mine.reviewerId, actor.id))),
    ),
    exists(
      db
        .select({ one: sql`1` })
        .from(ratingReveals)
        .where(and(eq(ratingReveals.claimId, claimId), eq(ratingReveals.reviewerId, actor.id))),
    ),
  )!;
}
