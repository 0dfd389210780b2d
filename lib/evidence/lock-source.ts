import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { claims, evidence, type Evidence } from "@/db/schema";

/**
 * Locks a source for a write in `tx` as every evidence write does: its
 * claim's row first (so that changes to a claim's evidence run one after the
 * other), then the source's own. Null when there is no such source.
 */
export async function lockSource(tx: Transaction, evidenceId: number): Promise<Evidence | null> {
  const [found] = await tx
    .select({ claimId: evidence.claimId })
    .from(evidence)
    .where(eq(evidence.id, evidenceId));
  if (!found) return null;
  await tx
    .select({ id: claims.id })
    .from(claims)
    .where(eq(claims.id, found.claimId))
    .for("no key update");
  const [source] = await tx
    .select()
    .from(evidence)
    .where(eq(evidence.id, evidenceId))
    .for("update");
  return source ?? null;
}
