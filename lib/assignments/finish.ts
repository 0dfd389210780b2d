import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { claimAssignments, type AssignmentDoneBy, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { recordClaimChange } from "@/lib/claims/record-change";
import { RuleViolation } from "@/lib/errors";
import { assertMayMarkAssignmentDone } from "./permissions";
import { isOpenAssignment, lockLiveAssignment } from "./record";

/**
 * An assignment is done when its assignee has done the work: rated the claim
 * or, for an editor, set its verdict (recorded by that write's transaction,
 * which calls completeAssignmentByWork), or said it needs no rating, with a
 * note ("duplicate of #12").
 */

/**
 * Marks the worker's open assignment on the claim done by their rating or
 * verdict, with an audit event on the card. Inside the work's transaction,
 * after it has locked the claim and before the work's own audit event.
 */
export async function completeAssignmentByWork(
  tx: Executor,
  claimId: number,
  workerId: string,
  by: Exclude<AssignmentDoneBy, "marked">,
): Promise<boolean> {
  const done = await tx
    .update(claimAssignments)
    .set({ doneAt: sql`now()`, doneBy: by })
    .where(
      and(
        eq(claimAssignments.claimId, claimId),
        eq(claimAssignments.assigneeId, workerId),
        isOpenAssignment,
      ),
    )
    .returning({ id: claimAssignments.id });
  if (done.length === 0) return false;
  // announced as every event on a card is, rather than relying on the work's own
  // announcement to refresh the assignments page and the card's History
  await recordClaimChange(tx, {
    actorId: workerId,
    action: "assignment.done",
    claimId,
    after: { assignmentId: done[0]!.id, doneBy: by === "rating" ? "their rating" : "the verdict" },
  });
  return true;
}

/** The assignee closes their assignment without rating, saying why. */
export async function markAssignmentDone(actor: User, assignmentId: number, note: string) {
  assertRole(actor, "reviewer");
  await getDb().transaction(async (tx) => {
    const { assignment } = await lockLiveAssignment(tx, assignmentId);
    assertMayMarkAssignmentDone(actor, assignment);
    if (assignment.doneAt) throw new RuleViolation("assignment.errors.assignmentDone");
    await tx
      .update(claimAssignments)
      .set({ doneAt: sql`now()`, doneBy: "marked", doneNote: note })
      .where(eq(claimAssignments.id, assignment.id));
    await recordClaimChange(tx, {
      actorId: actor.id,
      claimId: assignment.claimId,
      action: "assignment.done",
      after: { assignmentId: assignment.id, doneBy: "their note", note },
    });
  });
}
