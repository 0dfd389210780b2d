import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { claims, verdicts, type VerdictKind } from "@/db/schema";

/** The claim's standing editor verdict, if any: while it stands, ratings are locked. */
export async function findOpenVerdict(db: Executor, claimId: number) {
  const [open] = await db
    .select()
    .from(verdicts)
    .where(and(eq(verdicts.claimId, claimId), isNull(verdicts.reopenedAt)));
  return open ?? null;
}

/**
 * The standing verdict of each claim a query reads, as a column: it overrides
 * the computed status wherever a card shows one (DESIGN.md). At most one
 * stands per claim (verdicts_open_claim_key).
 */
export const standingVerdict = sql<VerdictKind | null>`(
  select ${verdicts.verdict} from ${verdicts}
  where ${verdicts.claimId} = ${claims.id} and ${verdicts.reopenedAt} is null)`;
