import "server-only";
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { users, verdicts, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

/** A claim's verdicts, the standing one (if any) first, with who decided and who reopened. */
export async function listVerdicts(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
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
}
