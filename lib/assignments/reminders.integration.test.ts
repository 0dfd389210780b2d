import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claimAssignments, notifications } from "@/db/schema";
import { crontab } from "@/lib/jobs/runner";
import { deskTasks } from "@/lib/jobs/tasks";
import { listNotifications } from "@/lib/notifications/inbox";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { assignClaims } from "./assign";
import { todayUtc } from "./due";
import { markAssignmentDone } from "./finish";
import { ASSIGNMENT_REMINDERS_TASK, sendAssignmentReminders } from "./reminders";

const day = (offset: number) => {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + offset);
  return todayUtc(at);
};

describe("the daily reminders", () => {
  it("tell each assignee once per assignment and kind, however many runs overlap", async () => {
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const [tomorrow, late, later, finished] = await Promise.all([
      makeClaim(),
      makeClaim(),
      makeClaim(),
      makeClaim(),
    ]);
    const assign = (claimId: number, dueOn: string) =>
      assignClaims(editor, { claimIds: [claimId], assigneeIds: [reviewer.id], dueOn, note: null });
    await assign(tomorrow.id, day(1));
    await assign(late.id, day(0));
    await assign(later.id, day(5));
    const {
      written: [done],
    } = await assign(finished.id, day(0));
    await markAssignmentDone(reviewer, done!.id, "duplicate of #12");
    // `late` was due today: by tomorrow's run it is overdue. Done work reminds nobody.
    const runDay = day(0);
    const nextDay = day(1);

    const firstRuns = await Promise.all([
      sendAssignmentReminders(runDay),
      sendAssignmentReminders(runDay),
      sendAssignmentReminders(runDay),
    ]);
    expect(firstRuns.reduce((sum, run) => sum + run.dueTomorrow, 0)).toBe(1);
    expect(firstRuns.reduce((sum, run) => sum + run.overdue, 0)).toBe(0);
    const nextRuns = await Promise.all([
      sendAssignmentReminders(nextDay),
      sendAssignmentReminders(nextDay),
    ]);
    // `tomorrow` is due that day (told already), `late` is overdue now
    expect(nextRuns.reduce((sum, run) => sum + run.overdue, 0)).toBe(1);
    expect(nextRuns.reduce((sum, run) => sum + run.dueTomorrow, 0)).toBe(0);
    expect(await sendAssignmentReminders(day(10))).toEqual({ dueTomorrow: 0, overdue: 2 });
    expect(await sendAssignmentReminders(day(10))).toEqual({ dueTomorrow: 0, overdue: 0 });

    const told = await getDb()
      .select({
        kind: notifications.kind,
        claimId: notifications.claimId,
        actor: notifications.actorId,
      })
      .from(notifications)
      .where(eq(notifications.recipientId, reviewer.id))
      .orderBy(asc(notifications.id));
    const reminders = told.filter((n) => n.kind !== "assigned");
    expect(reminders).toEqual([
      { kind: "assignment_due_tomorrow", claimId: tomorrow.id, actor: null },
      { kind: "assignment_overdue", claimId: late.id, actor: null },
      // ten days on, the other two are overdue as well
      expect.objectContaining({ kind: "assignment_overdue" }),
      expect.objectContaining({ kind: "assignment_overdue" }),
    ]);
    expect(reminders.map((n) => n.claimId).sort()).not.toContain(finished.id);
    const { entries } = await listNotifications(reviewer);
    expect(entries.map((e) => e.sentence)).toContain(
      `Your assignment on claim ${tomorrow.id}: ${tomorrow.statement} is due tomorrow`,
    );
    const marks = await getDb()
      .select({ due: claimAssignments.dueTomorrowSentAt, overdue: claimAssignments.overdueSentAt })
      .from(claimAssignments)
      .where(eq(claimAssignments.claimId, late.id));
    expect(marks[0]!.overdue).not.toBeNull();
  });

  it("is a daily entry of the job queue's crontab, run for the day of its tick", async () => {
    expect(crontab()).toMatch(
      new RegExp(`^0 5 \\* \\* \\* ${ASSIGNMENT_REMINDERS_TASK} \\?fill=1d$`, "m"),
    );
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const claim = await makeClaim();
    await assignClaims(editor, {
      claimIds: [claim.id],
      assigneeIds: [reviewer.id],
      dueOn: day(2),
      note: null,
    });
    // a tick that stood for tomorrow, run late
    const tick = `${day(1)}T05:00:00.000Z`;
    await deskTasks[ASSIGNMENT_REMINDERS_TASK]!({ _cron: { ts: tick } }, {} as never);
    const told = await getDb()
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.recipientId, reviewer.id));
    expect(told.map((n) => n.kind)).toEqual(["assigned", "assignment_due_tomorrow"]);
  });
});
