import "server-only";
import { run, type Runner } from "graphile-worker";
import { JOB_QUEUE_SCHEMA, quietJobQueueLogger } from "@/db/job-queue-schema";
import { env } from "@/lib/env";
import {
  NOTIFICATION_CLEANUP_TASK,
  NOTIFICATION_DIGEST_TASK,
} from "@/lib/notifications/email-jobs";
import { deskTasks } from "./tasks";

/**
 * The desk's one background-job queue, graphile-worker on the desk's own
 * PostgreSQL, running inside each app server process (started from
 * instrumentation.ts). Jobs are rows: a job added in a write's transaction
 * exists exactly when the write committed, and survives any restart. Workers
 * take a job with FOR UPDATE SKIP LOCKED, so two instances never run one job
 * at once; a new job wakes them through LISTEN/NOTIFY, and they poll every
 * two seconds besides. Cron ticks are claimed in the database too, so each
 * daily task runs once however many instances there are, and a tick missed
 * while every instance was down is run late (fill) rather than skipped.
 *
 * The runner connects as the app's role, which cannot alter the queue's
 * tables: `npm run db:migrate` made them (db/job-queue-schema.ts). When they
 * are missing or behind, the worker's start fails on a permission error,
 * logged here with what to do, and the admin's jobs page says so.
 */

/** Small: jobs are short (one email, one cleanup) and the app's own pool serves requests. */
const CONCURRENCY = 2;
const POOL_SIZE = CONCURRENCY + 2;

export type JobRunnerState =
  | { state: "off"; reason: string }
  | { state: "starting" }
  | { state: "running"; since: Date }
  | { state: "failed"; error: string; at: Date };

type Cache = { deskJobRunner?: { runner: Runner | null; status: JobRunnerState } };
const cache = globalThis as unknown as Cache;

function holder() {
  cache.deskJobRunner ??= { runner: null, status: { state: "off", reason: "not started" } };
  return cache.deskJobRunner;
}

export function crontab(): string {
  return [
    // each person's news of the day, in one email
    `0 ${env.NOTIFICATION_DIGEST_HOUR} * * * ${NOTIFICATION_DIGEST_TASK} ?fill=1d`,
    `17 3 * * * ${NOTIFICATION_CLEANUP_TASK} ?fill=1d`,
  ].join("\n");
}

export function jobRunnerState(): JobRunnerState {
  return holder().status;
}

/** Starts this process's worker once; later calls do nothing. */
export async function startJobRunner(): Promise<void> {
  const current = holder();
  if (current.runner || current.status.state === "starting") return;
  if (!env.DESK_JOBS) {
    current.status = { state: "off", reason: "DESK_JOBS=0 in this instance" };
    return;
  }
  current.status = { state: "starting" };
  try {
    current.runner = await run({
      connectionString: process.env.DATABASE_URL,
      schema: JOB_QUEUE_SCHEMA,
      concurrency: CONCURRENCY,
      maxPoolSize: POOL_SIZE,
      pollInterval: 2_000,
      // Next.js owns the process's signals; stopJobRunner is called on shutdown
      noHandleSignals: true,
      taskList: deskTasks,
      crontab: crontab(),
      logger: quietJobQueueLogger,
    });
    current.status = { state: "running", since: new Date() };
    console.info(`[jobs] the job queue is running in this process (${CONCURRENCY} at a time)`);
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => void stopJobRunner());
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    current.status = { state: "failed", error: message, at: new Date() };
    console.error(
      `[jobs] the job queue did not start: ${message}. If the queue's tables are missing or behind, ` +
        "run `npm run db:migrate` as the database owner and restart.",
    );
  }
}

/** Lets running jobs finish and hands back the ones this worker holds. */
export async function stopJobRunner(): Promise<void> {
  const current = holder();
  const runner = current.runner;
  current.runner = null;
  current.status = { state: "off", reason: "stopped" };
  await runner?.stop();
}
