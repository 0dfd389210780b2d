import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { claimAssignments, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { recordClaimChange } from "@/lib/claims/record-change";
import { NotFoundError } from "@/lib/errors";
import { assertMayReleaseAssignment, assertMayTakeClaim } from "./permissions";
import { isOpenAssignment, lockClaims, lockLiveAssignment, writeAssignments } from "./record";

/**
 * "I'll check this": anyone takes a claim that nobody holds, under the
 * claim's lock, so a take racing an editor's assignment either comes first
 * (and the editor's adds a second person) or finds the claim held and is
 * refused.
 */
export async function takeClaim(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  return getDb().transaction(async (tx) => {
    const [claim] = await lockClaims(tx, [claimId]);
    if (!claim) throw new NotFoundError("claim");
    const [held] = await tx
      .select({ n: count() })
      .from(claimAssignments)
      .where(and(eq(claimAssignments.claimId, claimId), isOpenAssignment));
    assertMayTakeClaim(actor, { ...claim, openAssignments: held?.n ?? 0 });
    const [me] = await tx
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(eq(users.id, actor.id));
    const [taken] = await writeAssignments(
      tx,
      actor.id,
      [{ claimId, assignee: me!, dueOn: null, note: null }],
      "assignment.take",
    );
    return taken!;
  });
}

/** The assignee gives their open assignment back; the claim returns to the pool if nobody else holds it. */
export async function releaseAssignment(actor: User, assignmentId: number) {
  assertRole(actor, "reviewer");
  await getDb().transaction(async (tx) => {
    const { assignment, assigneeName } = await lockLiveAssignment(tx, assignmentId);
    assertMayReleaseAssignment(actor, assignment);
    await tx
      .update(claimAssignments)
      .set({ endedAt: sql`now()`, endReason: "released" })
      .where(eq(claimAssignments.id, assignment.id));
    await recordClaimChange(tx, {
      actorId: actor.id,
      claimId: assignment.claimId,
      action: "assignment.release",
      before: { assignee: assigneeName, assignmentId: assignment.id },
    });
  });
}
