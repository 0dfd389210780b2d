import "server-only";
import { and, isNull, lt, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { claimAssignments } from "@/db/schema";
import { notifyPeople } from "@/lib/notifications/fan-out";
import { isOpenAssignment } from "./record";

/** The daily job's name on the desk's queue (lib/jobs/tasks.ts). */
export const ASSIGNMENT_REMINDERS_TASK = "assignment-reminders";

/**
 * The daily reminders: an open assignment due tomorrow, and one whose day
 * has passed, tell their assignee, each at most once. The update that marks
 * an assignment told is the one that picks it, so two runs at once (two
 * instances, a late tick and the next one) cannot both tell: the second
 * waits on the first's row locks and then finds the mark set. The marks and
 * the notifications commit together.
 *
 * `today` is the day of the job's cron tick (UTC), so a run that was late
 * reminds as of the day it stood for.
 */
export async function sendAssignmentReminders(today: string) {
  return getDb().transaction(async (tx) => {
    const dueTomorrow = await tx
      .update(claimAssignments)
      .set({ dueTomorrowSentAt: sql`now()` })
      .where(
        and(
          isOpenAssignment,
          eq(claimAssignments.dueOn, sql`${today}::date + 1`),
          isNull(claimAssignments.dueTomorrowSentAt),
        ),
      )
      .returning({ claimId: claimAssignments.claimId, assigneeId: claimAssignments.assigneeId });
    const overdue = await tx
      .update(claimAssignments)
      .set({ overdueSentAt: sql`now()` })
      .where(
        and(
          isOpenAssignment,
          lt(claimAssignments.dueOn, sql`${today}::date`),
          isNull(claimAssignments.overdueSentAt),
        ),
      )
      .returning({ claimId: claimAssignments.claimId, assigneeId: claimAssignments.assigneeId });
    await notifyPeople(tx, null, [
      ...dueTomorrow.map((row) => ({
        recipientId: row.assigneeId,
        claimId: row.claimId,
        kind: "assignment_due_tomorrow" as const,
      })),
      ...overdue.map((row) => ({
        recipientId: row.assigneeId,
        claimId: row.claimId,
        kind: "assignment_overdue" as const,
      })),
    ]);
    return { dueTomorrow: dueTomorrow.length, overdue: overdue.length };
  });
}
