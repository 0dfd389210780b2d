import "server-only";
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { cache } from "react";
import { getDb } from "@/db";
import { users, verdicts, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

/** Read once per render (React's cache); callers check the actor's role. */
const readClaimVerdicts = cache(async (claimId: number) => {
  const decider = alias(users, "decider");
  const reopener = alias(users, "reopener");
  return getDb()
    .select({
      id: verdicts.id,
      verdict: verdicts.verdict,
      rationale: verdicts.rationale,
      decidedAt: verdicts.decidedAt,
      decidedBy: decider.displayName,
      reopenedAt: verdicts.reopenedAt,
      reopenedBy: reopener.displayName,
      reopenReason: verdicts.reopenReason,
    })
    .from(verdicts)
    .innerJoin(decider, eq(decider.id, verdicts.decidedBy))
    .leftJoin(reopener, eq(reopener.id, verdicts.reopenedBy))
    .where(eq(verdicts.claimId, claimId))
    .orderBy(desc(verdicts.decidedAt));
});

/** A claim's verdicts, the standing one (if any) first, with who decided and who reopened. */
export async function listVerdicts(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  return readClaimVerdicts(claimId);
}

/**
 * The claim's standing verdict as its page reads it, from the same list: the
 * rating panel and the deciding look ask for it beside the verdict panel. A
 * write checks it afresh on its own connection (./open-verdict.ts).
 */
export async function readStandingVerdict(claimId: number) {
  return (await readClaimVerdicts(claimId)).find((verdict) => verdict.reopenedAt === null) ?? null;
}
