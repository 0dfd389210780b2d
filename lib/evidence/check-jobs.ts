import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { JOB_QUEUE_SCHEMA } from "@/db/job-queue-schema";
import { evidence } from "@/db/schema";
import type { EvidenceCheck } from "./check-outcome";

/**
 * The job queue's tasks that check evidence pages, named once for the
 * writers that queue them and the worker that runs them (lib/jobs/tasks.ts).
 * Jobs are queued by SQL inside the write's transaction, so a source added
 * (or a "Check now") has its check exactly when the write committed.
 */

/** Fetches one source's page and records what it found. Payload: { evidenceId, check }. */
export const EVIDENCE_CHECK_TASK = "evidence-check";
/** Daily, from the crontab: queues the checks that are due, spread over the day. */
export const EVIDENCE_RECHECK_TASK = "evidence-recheck";

/**
 * A crash of the check (not a page that fails: that is a snapshot) is
 * retried with the queue's backoff, about 3 s, 7 s, 20 s, 55 s, then kept
 * with its error on the admin's Jobs page.
 */
export const EVIDENCE_CHECK_MAX_ATTEMPTS = 5;

/** One waiting check per source: a second add replaces the first instead of fetching twice. */
export function evidenceCheckJobKey(evidenceId: number | ""): string {
  return `evidence-check:${evidenceId}`;
}

const addJob = sql.raw(`${JOB_QUEUE_SCHEMA}.add_job`);
const jobs = sql.raw(`${JOB_QUEUE_SCHEMA}.jobs`);

/** Queues a check of one source's page, to run now, in the caller's transaction. */
export async function queueEvidenceCheck(
  tx: Executor,
  evidenceId: number,
  check: EvidenceCheck,
): Promise<void> {
  await tx.execute(sql`
    select ${addJob}(
      ${EVIDENCE_CHECK_TASK},
      json_build_object('evidenceId', ${evidenceId}::int, 'check', ${check}::text),
      max_attempts := ${EVIDENCE_CHECK_MAX_ATTEMPTS}::int,
      job_key := ${evidenceCheckJobKey(evidenceId)}::text
    )`);
}

/**
 * The source (a row of `evidence` in the query) has a check waiting to run
 * (or to be retried). One that a worker holds is not counted: its result
 * commits, and announces itself to open pages, a moment before the worker
 * deletes the job, so a card drawn then would otherwise say "under way" for
 * a check already done. A "Check now" meanwhile queues a check of its own.
 */
export const hasCheckQueued: SQL<boolean> = sql<boolean>`exists (
  select 1 from ${jobs} j
  where j.key = ${evidenceCheckJobKey("")} || ${evidence.id}
    and j.locked_at is null
    and j.attempts < j.max_attempts)`;
