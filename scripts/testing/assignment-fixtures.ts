/**
 * What the assignment tests look at after an action (a claim's assignment
 * rows, a person's notifications, a claim's audit events) and the
 * assignment they make most, shared by lib/assignments' integration tests.
 */
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents, claimAssignments, notifications, type User } from "@/db/schema";
import { assignClaims } from "@/lib/assignments/assign";
import { todayUtc } from "@/lib/assignments/due";

export const rowsOf = (claimId: number) =>
  getDb()
    .select()
    .from(claimAssignments)
    .where(eq(claimAssignments.claimId, claimId))
    .orderBy(asc(claimAssignments.id));

export const toldOf = (person: User) =>
  getDb()
    .select({ kind: notifications.kind, claimId: notifications.claimId })
    .from(notifications)
    .where(eq(notifications.recipientId, person.id))
    .orderBy(asc(notifications.id));

export const eventsOf = (claimId: number) =>
  getDb()
    .select({ action: auditEvents.action, actorId: auditEvents.actorId, after: auditEvents.after })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, String(claimId))))
    .orderBy(asc(auditEvents.id));

export const inDays = (days: number) => {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + days);
  return todayUtc(day);
};

export const assignOne = (
  editor: User,
  claimId: number,
  people: User[],
  dueOn: string | null = null,
) =>
  assignClaims(editor, {
    claimIds: [claimId],
    assigneeIds: people.map((p) => p.id),
    dueOn,
    note: "check the Euronews date",
  });
