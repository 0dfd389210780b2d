import "server-only";
import type { TaskList } from "graphile-worker";
import { z } from "zod";
import { getDb } from "@/db";
import { ASSIGNMENT_REMINDERS_TASK, sendAssignmentReminders } from "@/lib/assignments/reminders";
import { checkEvidencePage, type PageReader } from "@/lib/evidence/check-page";
import { EVIDENCE_CHECK_TASK, EVIDENCE_RECHECK_TASK } from "@/lib/evidence/check-jobs";
import { evidenceChecks } from "@/lib/evidence/check-outcome";
import { queueDueEvidenceChecks } from "@/lib/evidence/recheck";
import { catchUpResemblanceBacklog, RESEMBLANCES_CATCH_UP_TASK } from "@/lib/pairs/resemblances";
import { deskFetchPolicy } from "@/lib/web/fetch-policy";
import { readWebPage } from "@/lib/web/read-web-page";
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
const evidenceCheckPayload = z.object({
  evidenceId: z.number().int().positive(),
  check: z.enum(evidenceChecks),
});

/** How the evidence checks read a page: through the desk's safe fetcher and its settings. */
const readWithDeskPolicy: PageReader = (address) => readWebPage(address, deskFetchPolicy());

/**
 * The task list, with how evidence pages are read: the desk's fetcher, or a
 * test's (a short timeout on a fixture server, or a reader that crashes).
 */
export function deskTaskList(options: { readPage?: PageReader } = {}): TaskList {
  const readPage = options.readPage ?? readWithDeskPolicy;
  return {
    ...notificationTasks,
    [EVIDENCE_CHECK_TASK]: async (payload) => {
      const { evidenceId, check } = evidenceCheckPayload.parse(payload);
      await checkEvidencePage(evidenceId, check, readPage);
    },
    [EVIDENCE_RECHECK_TASK]: async () => {
      await queueDueEvidenceChecks();
    },
  };
}

const notificationTasks: TaskList = {
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
  [RESEMBLANCES_CATCH_UP_TASK]: async () => {
    await catchUpResemblanceBacklog(getDb());
  },
  [ASSIGNMENT_REMINDERS_TASK]: async (payload) => {
    // the day this tick stands for, also when it runs late
    const tick = cronPayload.parse(payload ?? {})._cron?.ts;
    await sendAssignmentReminders((tick ? new Date(tick) : new Date()).toISOString().slice(0, 10));
  },
};

export const deskTasks: TaskList = deskTaskList();
