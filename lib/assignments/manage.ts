import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { claimAssignments, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { recordClaimChange } from "@/lib/claims/record-change";
import { RuleViolation } from "@/lib/errors";
import { notifyPeople } from "@/lib/notifications/fan-out";
import { watchForWork } from "@/lib/notifications/watch";
import { assertMayUnassign } from "./permissions";
import { assignablePeople, lockLiveAssignment } from "./record";

/**
 * An editor's changes to someone's assignment: taking it away, or moving it
 * to someone else with its due date and note. The people concerned are told;
 * a done assignment stays as the record of the work.
 */

export async function unassign(actor: User, assignmentId: number) {
  assertRole(actor, "reviewer");
  assertMayUnassign(actor);
  await getDb().transaction(async (tx) => {
    const { assignment, assigneeName } = await lockLiveAssignment(tx, assignmentId);
    if (assignment.doneAt) throw new RuleViolation("assignment.errors.assignmentRecord");
    await tx
      .update(claimAssignments)
      .set({ endedAt: sql`now()`, endReason: "unassigned" })
      .where(eq(claimAssignments.id, assignment.id));
    await notifyPeople(tx, actor.id, [
      { recipientId: assignment.assigneeId, claimId: assignment.claimId, kind: "unassigned" },
    ]);
    await recordClaimChange(tx, {
      actorId: actor.id,
      claimId: assignment.claimId,
      action: "assignment.remove",
      before: { assignee: assigneeName, assigneeId: assignment.assigneeId },
    });
  });
}

export async function reassign(actor: User, assignmentId: number, toUserId: string) {
  assertRole(actor, "reviewer");
  assertMayUnassign(actor);
  await getDb().transaction(async (tx) => {
    const { assignment, assigneeName, claim } = await lockLiveAssignment(tx, assignmentId);
    if (assignment.doneAt) throw new RuleViolation("assignment.errors.assignmentRecord");
    if (claim.lockedByVerdict) {
      throw new RuleViolation("assignment.errors.verdictNothingToHandOn");
    }
    const [to] = await assignablePeople(tx, [toUserId], "assigneeId");
    if (to!.id === assignment.assigneeId) {
      throw new RuleViolation("assignment.errors.holdsAssignment", "assigneeId", {
        name: to!.name,
      });
    }
    await tx
      .update(claimAssignments)
      .set({ endedAt: sql`now()`, endReason: "reassigned" })
      .where(eq(claimAssignments.id, assignment.id));
    const moved = await tx
      .insert(claimAssignments)
      .values({
        claimId: assignment.claimId,
        assigneeId: to!.id,
        assignedBy: actor.id,
        dueOn: assignment.dueOn,
        note: assignment.note,
        deciding: assignment.deciding,
      })
      .onConflictDoNothing()
      .returning();
    if (moved.length === 0) {
      throw new RuleViolation("assignment.errors.holdsClaim", "assigneeId", { name: to!.name });
    }
    await watchForWork(tx, [{ claimId: assignment.claimId, userId: to!.id }], "assigned");
    await notifyPeople(tx, actor.id, [
      { recipientId: assignment.assigneeId, claimId: assignment.claimId, kind: "unassigned" },
      {
        recipientId: to!.id,
        claimId: assignment.claimId,
        kind: "assigned",
        detail: assignment.dueOn ? { dueOn: assignment.dueOn } : {},
      },
    ]);
    await recordClaimChange(tx, {
      actorId: actor.id,
      claimId: assignment.claimId,
      action: "assignment.reassign",
      before: { assignee: assigneeName, assigneeId: assignment.assigneeId },
      after: { assignee: to!.name, assigneeId: to!.id, dueOn: assignment.dueOn },
    });
  });
}
