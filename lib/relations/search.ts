import "server-only";
import { and, asc, eq, ilike, ne, or, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { claims, type ClaimStatus, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { containing } from "@/lib/text/like";

export const CLAIM_SEARCH_LIMIT = 10;

export type ClaimSearchHit = { id: number; statement: string; status: ClaimStatus };

/**
 * Claims whose English statement or original quote contains `query`, for
 * choosing the other end of a link. Deliberately plain (a substring match,
 * case-insensitive); the board's search brings Arabic normalisation. A bare
 * number also finds the claim with that id, written as people write claim
 * numbers too: "12" or "#12".
 */
export async function searchClaimsToLink(
  actor: User,
  query: string,
  excludeClaimId?: number,
): Promise<ClaimSearchHit[]> {
  assertRole(actor, "reviewer");
  const text = query.trim();
  if (text === "") return [];
  const pattern = containing(text);
  const matches: SQL[] = [ilike(claims.statement, pattern), ilike(claims.quote, pattern)];
  const id = claimNumberIn(text);
  if (id) matches.push(eq(claims.id, id));
  return getDb()
    .select({ id: claims.id, statement: claims.statement, status: claims.status })
    .from(claims)
    .where(and(or(...matches), excludeClaimId ? ne(claims.id, excludeClaimId) : undefined))
    .orderBy(asc(claims.id))
    .limit(CLAIM_SEARCH_LIMIT);
}

/** The claim id a search names by number ("12", "#12", "# 12"), or null. */
export function claimNumberIn(text: string): number | null {
  const digits = /^#?\s*(\d{1,9})$/.exec(text.trim())?.[1];
  const id = Number(digits);
  return id > 0 ? id : null;
}
