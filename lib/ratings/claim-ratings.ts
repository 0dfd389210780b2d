import "server-only";
import { asc, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { ratings, users } from "@/db/schema";

/**
 * A claim's ratings in the order given, with each reviewer's name, read once
 * per render (React's cache): its page needs them for the rating panel and
 * for the deciding look. Callers check the actor's role, and what of them
 * the actor may see (blind-first: ./panel.ts).
 */
export const readClaimRatings = cache(async (claimId: number) =>
  getDb()
    .select({
      reviewerId: ratings.reviewerId,
      reviewer: users.displayName,
      reliability: ratings.reliability,
      credibility: ratings.credibility,
      note: ratings.note,
      updatedAt: ratings.updatedAt,
    })
    .from(ratings)
    .innerJoin(users, eq(users.id, ratings.reviewerId))
    .where(eq(ratings.claimId, claimId))
    .orderBy(asc(ratings.createdAt)),
);
