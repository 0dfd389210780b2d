import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { claimAssignments, claims, users, type ClaimAssignment } from "@/db/schema";
import type { ClaimCardAction } from "@/lib/audit/actions";
import { recordClaimChange } from "@/lib/claims/record-change";
import { hasStandingVerdict } from "@/lib/claims/selection";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { notifyPeople } from "@/lib/notifications/fan-out";
import { watchForWork } from "@/lib/notifications/watch";
import { isAssignable } from "./assignable";

/**
 * The steps every assignment write shares, inside its transaction: lock the
 * claims (in id order, as every writer of a claim does, so two bulk
 * assignments cannot deadlock), find the people, write the rows, and end with
 * the card's audit event after telling the people concerned.
 */

/** An assignment that is neither done nor ended. */
export const isOpenAssignment = and(
  isNull(claimAssignments.endedAt),
  isNull(claimAssignments.doneAt),
);

export type LockedClaim = { id: number; lockedByVerdict: boolean };

/** Locks the claims' rows in id order; missing ids are left out. */
export async function lockClaims(
  tx: Executor,
  claimIds: readonly number[],
): Promise<LockedClaim[]> {
  if (claimIds.length === 0) return [];
  const rows = await tx
    .select({
      id: claims.id,
      lockedByVerdict: sql<boolean>`${hasStandingVerdict}`,
    })
    .from(claims)
    .where(inArray(claims.id, [...claimIds]))
    .orderBy(asc(claims.id))
    .for("update", { of: claims });
  return rows;
}

export type Person = { id: string; name: string };

/** The people named, each one assignable; refuses the form's field otherwise. */
export async function assignablePeople(
  tx: Executor,
  ids: readonly string[],
  field = "assignees",
): Promise<Person[]> {
  if (ids.length === 0) throw new RuleViolation("assignment.errors.chooseOnePerson", field);
  const found = await tx
    .select({ id: users.id, name: users.displayName, active: users.active, role: users.role })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]))
    .orderBy(asc(users.displayName), asc(users.id))
    // a deactivation under way finishes first, and this then reads the account as inactive
    .for("share");
  if (found.length !== new Set(ids).size)
    throw new RuleViolation("assignment.errors.unknownPerson", field);
  const refused = found.filter((person) => !isAssignable(person));
  if (refused.length > 0) {
    throw new RuleViolation("assignment.errors.notAssignable", field, {
      names: refused.map((person) => person.name).join(", "),
    });
  }
  return found.map(({ id, name }) => ({ id, name }));
}

/**
 * An assignment with its assignee's name and its claim, both locked for the
 * change (the claim first, as every writer of a claim locks it); not found
 * when missing or ended.
 */
export async function lockLiveAssignment(tx: Executor, assignmentId: number) {
  const [where] = await tx
    .select({ claimId: claimAssignments.claimId })
    .from(claimAssignments)
    .where(eq(claimAssignments.id, assignmentId));
  if (!where) throw new NotFoundError("assignment");
  const [claim] = await lockClaims(tx, [where.claimId]);
  const [found] = await tx
    .select({ assignment: claimAssignments, assigneeName: users.displayName })
    .from(claimAssignments)
    .innerJoin(users, eq(users.id, claimAssignments.assigneeId))
    .where(and(eq(claimAssignments.id, assignmentId), isNull(claimAssignments.endedAt)))
    .for("update", { of: claimAssignments });
  if (!found || !claim) throw new NotFoundError("assignment");
  return { ...found, claim };
}

export type NewAssignment = {
  claimId: number;
  assignee: Person;
  dueOn: string | null;
  note: string | null;
  deciding?: boolean;
};

/**
 * Writes the assignments that do not exist yet (a person already holding a
 * claim keeps their assignment as it is), makes each assignee watch their
 * claim, tells them (not when they assigned themselves), and records one
 * event per claim. Returns the rows written.
 */
export async function writeAssignments(
  tx: Executor,
  actorId: string | null,
  wanted: readonly NewAssignment[],
  action: Extract<ClaimCardAction, "assignment.create" | "assignment.take" | "assignment.deciding">,
): Promise<ClaimAssignment[]> {
  if (wanted.length === 0) return [];
  const written = await tx
    .insert(claimAssignments)
    .values(
      wanted.map((row) => ({
        claimId: row.claimId,
        assigneeId: row.assignee.id,
        assignedBy: actorId,
        dueOn: row.dueOn,
        note: row.note,
        deciding: row.deciding ?? false,
      })),
    )
    .onConflictDoNothing({
      target: [claimAssignments.claimId, claimAssignments.assigneeId],
      where: isNull(claimAssignments.endedAt),
    })
    .returning();
  if (written.length === 0) return [];
  await watchForWork(
    tx,
    written.map((row) => ({ claimId: row.claimId, userId: row.assigneeId })),
    "assigned",
  );
  await notifyPeople(
    tx,
    actorId,
    written.map((row) => ({
      recipientId: row.assigneeId,
      claimId: row.claimId,
      kind: "assigned",
      detail: row.dueOn ? { dueOn: row.dueOn } : {},
    })),
  );
  const names = new Map(wanted.map((row) => [row.assignee.id, row.assignee.name]));
  const byClaim = new Map<number, ClaimAssignment[]>();
  for (const row of written) byClaim.set(row.claimId, [...(byClaim.get(row.claimId) ?? []), row]);
  for (const [claimId, rows] of [...byClaim].sort(([a], [b]) => a - b)) {
    await recordClaimChange(tx, {
      actorId,
      claimId,
      action,
      after: {
        assignees: rows.map((row) => names.get(row.assigneeId)).join(", "),
        assigneeIds: rows.map((row) => row.assigneeId),
        dueOn: rows[0]!.dueOn,
        note: rows[0]!.note,
      },
    });
  }
  return written;
}
