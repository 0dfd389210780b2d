import "server-only";
import { and, eq, isNull, lt, sql, type SQL } from "drizzle-orm";
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
    // picks the open assignments matching `due` that `mark` is not set on, and sets it
    const tell = (mark: "dueTomorrowSentAt" | "overdueSentAt", due: SQL) =>
      tx
        .update(claimAssignments)
        .set({ [mark]: sql`now()` })
        .where(and(isOpenAssignment, due, isNull(claimAssignments[mark])))
        .returning({ claimId: claimAssignments.claimId, assigneeId: claimAssignments.assigneeId });
    const dueTomorrow = await tell(
      "dueTomorrowSentAt",
      eq(claimAssignments.dueOn, sql`${today}::date + 1`),
    );
    const overdue = await tell("overdueSentAt", lt(claimAssignments.dueOn, sql`${today}::date`));
    await notifyPeople(
      tx,
      null,
      [
        ...dueTomorrow.map((row) => ({ ...row, kind: "assignment_due_tomorrow" as const })),
        ...overdue.map((row) => ({ ...row, kind: "assignment_overdue" as const })),
      ].map(({ assigneeId, ...row }) => ({ ...row, recipientId: assigneeId })),
    );
    return { dueTomorrow: dueTomorrow.length, overdue: overdue.length };
  });
}
