import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { claims } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

/**
 * Locks a claim's row for the rest of the transaction. Ratings and verdicts
 * take this lock first, so "is there a verdict?" and "save the rating" cannot
 * interleave with a verdict being set.
 */
export async function lockClaim(tx: Executor, claimId: number) {
  const [claim] = await tx.select().from(claims).where(eq(claims.id, claimId)).for("update");
  if (!claim) throw new NotFoundError("claim");
  return claim;
}
