import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { verdicts } from "@/db/schema";

/** The claim's standing editor verdict, if any: while it stands, ratings are locked. */
export async function findOpenVerdict(db: Executor, claimId: number) {
  const [open] = await db
    .select()
    .from(verdicts)
    .where(and(eq(verdicts.claimId, claimId), isNull(verdicts.reopenedAt)));
  return open ?? null;
}
