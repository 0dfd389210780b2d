import "server-only";
import { run, type Runner } from "graphile-worker";
import {
  JOB_QUEUE_APPLICATION_NAME,
  JOB_QUEUE_SCHEMA,
  quietJobQueueLogger,
} from "@/db/job-queue-schema";
import { ASSIGNMENT_REMINDERS_TASK } from "@/lib/assignments/reminders";
import { namedConnection } from "@/db/named-connection";
import { env } from "@/lib/env";
import {
  NOTIFICATION_CLEANUP_TASK,
  NOTIFICATION_DIGEST_TASK,
} from "@/lib/notifications/email-jobs";
import { EVIDENCE_RECHECK_TASK } from "@/lib/evidence/check-jobs";
import { RESEMBLANCES_CATCH_UP_TASK } from "@/lib/pairs/resemblances";
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

/**
 * Small: jobs are short (one email, one cleanup, one page fetched, which
 * waits at most 15 s on the network) and the app's own pool serves requests.
 */
const CONCURRENCY = 2;
const POOL_SIZE = CONCURRENCY + 2;

export type JobRunnerState =
  | { state: "off"; reason: string }
  | { state: "starting" }
  | { state: "running"; since: Date }
  | { state: "failed"; error: string; at: Date };

type RunnerHolder = {
  runner: Runner | null;
  status: JobRunnerState;
  /** failed starts in a row, for the pause before the next */
  failures: number;
  signalsHandled: boolean;
};
type Cache = { deskJobRunner?: RunnerHolder };
const cache = globalThis as unknown as Cache;

function holder() {
  cache.deskJobRunner ??= {
    runner: null,
    status: { state: "off", reason: "not started" },
    failures: 0,
    signalsHandled: false,
  };
  return cache.deskJobRunner;
}

export function crontab(): string {
  return [
    // each person's news of the day, in one email
    `0 ${env.NOTIFICATION_DIGEST_HOUR} * * * ${NOTIFICATION_DIGEST_TASK} ?fill=1d`,
    `17 3 * * * ${NOTIFICATION_CLEANUP_TASK} ?fill=1d`,
    // before the working day: due tomorrow, and overdue
    `0 5 * * * ${ASSIGNMENT_REMINDERS_TASK} ?fill=1d`,
    // queues the evidence pages due for a re-check, their fetches spread over the day
    `41 2 * * * ${EVIDENCE_RECHECK_TASK} ?fill=1d`,
    // claims written in bulk get their look-alikes worked out without a page view
    `* * * * * ${RESEMBLANCES_CATCH_UP_TASK}`,
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
      connectionString: namedConnection(process.env.DATABASE_URL, JOB_QUEUE_APPLICATION_NAME),
      schema: JOB_QUEUE_SCHEMA,
      concurrency: CONCURRENCY,
      maxPoolSize: POOL_SIZE,
      pollInterval: 2_000,
      // Next.js owns the process's signals; stopJobRunner is called on shutdown
      noHandleSignals: true,
      taskList: deskTasks,
      crontab: crontab(),
      logger: quietJobQueueLogger,
      preset: {
        worker: {
          // Recording a job's end goes through graphile-worker's batcher, which
          // retries while the database is away and, when it gives up, stops
          // the worker (started again below). Unbatched, a job ending while
          // PostgreSQL restarts leaves a rejected promise nobody awaits, and
          // Node ends the whole app server for it.
          completeJobBatchDelay: 0,
          failJobBatchDelay: 0,
        },
      },
    });
    const runner = current.runner;
    current.status = { state: "running", since: new Date() };
    current.failures = 0;
    console.info(`[jobs] the job queue is running in this process (${CONCURRENCY} at a time)`);
    if (!current.signalsHandled) {
      current.signalsHandled = true;
      for (const signal of ["SIGTERM", "SIGINT"] as const) {
        process.once(signal, () => void stopJobRunner());
      }
    }
    // a worker that dies (the database went away for longer than it retries) is started again
    runner.promise.catch((error: unknown) => {
      if (current.runner !== runner) return; // stopped on purpose
      current.runner = null;
      failed(current, error, "stopped");
    });
  } catch (error) {
    current.runner = null;
    failed(current, error, "did not start");
  }
}

const FIRST_RESTART_DELAY_MS = 5_000;
const MAX_RESTART_DELAY_MS = 60_000;

function failed(current: RunnerHolder, error: unknown, what: string) {
  const message = error instanceof Error ? error.message : String(error);
  current.status = { state: "failed", error: message, at: new Date() };
  current.failures += 1;
  const delay = Math.min(
    FIRST_RESTART_DELAY_MS * 2 ** (current.failures - 1),
    MAX_RESTART_DELAY_MS,
  );
  console.error(
    `[jobs] the job queue ${what}: ${message}. Trying again in ${delay / 1000} s. If the queue's ` +
      "tables are missing or behind, run `npm run db:migrate` as the database owner.",
  );
  const retry = setTimeout(() => {
    if (current.status.state === "failed") void startJobRunner();
  }, delay);
  retry.unref();
}

/** Lets running jobs finish and hands back the ones this worker holds. */
export async function stopJobRunner(): Promise<void> {
  const current = holder();
  const runner = current.runner;
  current.runner = null;
  current.status = { state: "off", reason: "stopped" };
  await runner?.stop();
}
