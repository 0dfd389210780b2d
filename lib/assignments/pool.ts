import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { claimAssignments } from "@/db/schema";
import { recordClaimChange } from "@/lib/claims/record-change";
import { isOpenAssignment, lockClaims } from "./record";

/**
 * A deactivated account's open assignments go back to the pool, in the
 * deactivation's transaction, each with an event on its card; the dashboard
 * flags the claims for editors until someone holds them again
 * (./queue.ts, returnedToPool).
 */
export async function returnAssignmentsToPool(
  tx: Executor,
  actorId: string,
  person: { id: string; displayName: string },
): Promise<number[]> {
  const open = await tx
    .select({ claimId: claimAssignments.claimId })
    .from(claimAssignments)
    .where(and(eq(claimAssignments.assigneeId, person.id), isOpenAssignment))
    .orderBy(asc(claimAssignments.claimId));
  if (open.length === 0) return [];
  const claimIds = open.map((row) => row.claimId);
  await lockClaims(tx, claimIds);
  const returned = await tx
    .update(claimAssignments)
    .set({ endedAt: sql`now()`, endReason: "deactivated" })
    .where(and(eq(claimAssignments.assigneeId, person.id), isOpenAssignment))
    .returning({ id: claimAssignments.id, claimId: claimAssignments.claimId });
  for (const row of returned.sort((a, b) => a.claimId - b.claimId)) {
    await recordClaimChange(tx, {
      actorId,
      claimId: row.claimId,
      action: "assignment.return",
      before: { assignee: person.displayName, assigneeId: person.id, assignmentId: row.id },
      after: { reason: "account deactivated" },
    });
  }
  return returned.map((row) => row.claimId);
}
