import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { JOB_QUEUE_SCHEMA } from "@/db/job-queue-schema";

/**
 * What the admin's jobs page shows: how many jobs wait, run, retry or gave
 * up, and each job that failed at least once with its last error. Read from
 * the queue's own `jobs` view (graphile-worker keeps a failed job, with its
 * error, until it succeeds or is deleted).
 */

export type JobProblem = {
  id: string;
  task: string;
  attempts: number;
  maxAttempts: number;
  lastError: string;
  /** when it runs next; for one that gave up, when it would have */
  runAt: Date;
  updatedAt: Date;
  gaveUp: boolean;
  running: boolean;
};

export type JobQueueSummary = {
  waiting: number;
  running: number;
  retrying: number;
  failed: number;
};

const PROBLEMS_SHOWN = 200;
const jobs = sql.raw(`${JOB_QUEUE_SCHEMA}.jobs`);

export async function jobQueueSummary(actor: User): Promise<JobQueueSummary> {
  assertRole(actor, "admin");
  const { rows } = await getDb().execute<JobQueueSummary>(sql`
    select
      count(*) filter (where last_error is null and locked_at is null)::int as waiting,
      count(*) filter (where locked_at is not null)::int as running,
      count(*) filter (where last_error is not null and attempts < max_attempts and locked_at is null)::int as retrying,
      count(*) filter (where attempts >= max_attempts)::int as failed
    from ${jobs}`);
  return rows[0]!;
}

export async function listJobProblems(actor: User): Promise<JobProblem[]> {
  assertRole(actor, "admin");
  const { rows } = await getDb().execute<{
    id: string;
    task: string;
    attempts: number;
    max_attempts: number;
    last_error: string;
    run_at: string | Date;
    updated_at: string | Date;
    locked_at: string | Date | null;
  }>(sql`
    select id::text, task_identifier as task, attempts, max_attempts, last_error,
      run_at, updated_at, locked_at
    from ${jobs}
    where last_error is not null
    order by (attempts >= max_attempts) desc, updated_at desc
    limit ${PROBLEMS_SHOWN}`);
  return rows.map((row) => ({
    id: row.id,
    task: row.task,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    runAt: new Date(row.run_at),
    updatedAt: new Date(row.updated_at),
    gaveUp: row.attempts >= row.max_attempts,
    running: row.locked_at !== null,
  }));
}
