import "server-only";
import type { TaskList } from "graphile-worker";
import { z } from "zod";
import { ASSIGNMENT_REMINDERS_TASK, sendAssignmentReminders } from "@/lib/assignments/reminders";
import { deleteOldReadNotifications } from "@/lib/notifications/cleanup";
import { emailDigest, emailNotification, peopleWithDigest } from "@/lib/notifications/email";
import {
  digestJobKey,
  NOTIFICATION_CLEANUP_TASK,
  NOTIFICATION_DIGEST_FOR_TASK,
  NOTIFICATION_DIGEST_TASK,
  NOTIFICATION_EMAIL_TASK,
} from "@/lib/notifications/email-jobs";

/**
 * Every task the desk's job queue runs, by name. A task that throws is
 * retried by the queue with exponential backoff (graphile-worker: about
 * exp(min(attempt, 10)) seconds) up to its job's max_attempts, and the last
 * error is kept for the admin's jobs page.
 */

const emailPayload = z.object({ notificationId: z.number().int().positive() });
const digestForPayload = z.object({ recipientId: z.uuid(), until: z.iso.datetime() });
const cronPayload = z.object({ _cron: z.object({ ts: z.string() }).optional() }).loose();

export const deskTasks: TaskList = {
  [NOTIFICATION_EMAIL_TASK]: async (payload) => {
    await emailNotification(emailPayload.parse(payload).notificationId);
  },
  [NOTIFICATION_DIGEST_TASK]: async (payload, helpers) => {
    // the tick this run stands for, also when it is a backfilled one
    const tick = cronPayload.parse(payload ?? {})._cron?.ts;
    const until = tick ? new Date(tick) : new Date();
    for (const recipientId of await peopleWithDigest(until)) {
      await helpers.addJob(
        NOTIFICATION_DIGEST_FOR_TASK,
        { recipientId, until: until.toISOString() },
        { jobKey: digestJobKey(recipientId), jobKeyMode: "preserve_run_at", maxAttempts: 10 },
      );
    }
  },
  [NOTIFICATION_DIGEST_FOR_TASK]: async (payload) => {
    const { recipientId, until } = digestForPayload.parse(payload);
    await emailDigest(recipientId, new Date(until));
  },
  [NOTIFICATION_CLEANUP_TASK]: async () => {
    await deleteOldReadNotifications();
  },
  [ASSIGNMENT_REMINDERS_TASK]: async (payload) => {
    // the day this tick stands for, also when it runs late
    const tick = cronPayload.parse(payload ?? {})._cron?.ts;
    await sendAssignmentReminders((tick ? new Date(tick) : new Date()).toISOString().slice(0, 10));
  },
};
