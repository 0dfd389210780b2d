import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { JOB_QUEUE_SCHEMA } from "@/db/job-queue-schema";
import { env } from "@/lib/env";
import {
  EVIDENCE_CHECK_MAX_ATTEMPTS,
  EVIDENCE_CHECK_TASK,
  evidenceCheckJobKey,
} from "./check-jobs";

/**
 * The daily re-check (a cron entry of the job queue, lib/jobs/runner.ts):
 * queues a check for each live source whose page is due, that is, never
 * captured (sources from before the desk captured pages, or whose first
 * capture job was lost) or last checked about EVIDENCE_RECHECK_DAYS ago
 * (due within the coming day, so a source checked at 14:00 is not left for
 * a whole extra day). Sources that already have a check waiting are left
 * alone, so a failing job keeps its error for the admins.
 *
 * Spread so that a big desk does not fetch everything at once: at most
 * about twice a day's share of the desk's sources (so a backlog, such as
 * every source of a desk that upgrades, drains over a few days), never
 * fewer than MIN_DAILY_CHECKS, their jobs' run times spaced evenly over the
 * next 24 hours, least recently checked first.
 */

/** A small desk's sources are all checked on the day they are due. */
export const MIN_DAILY_CHECKS = 200;

const jobs = sql.raw(`${JOB_QUEUE_SCHEMA}.jobs`);
const addJobs = sql.raw(`${JOB_QUEUE_SCHEMA}.add_jobs`);
const jobSpec = sql.raw(`${JOB_QUEUE_SCHEMA}.job_spec`);

export async function dailyCheckLimit(days = env.EVIDENCE_RECHECK_DAYS): Promise<number> {
  const [row] = (
    await getDb().execute<{ live: number }>(
      sql`select count(*)::int as live from evidence where retracted_at is null`,
    )
  ).rows;
  return Math.max(MIN_DAILY_CHECKS, Math.ceil((2 * (row?.live ?? 0)) / days));
}

/** Queues today's due checks; returns how many. */
export async function queueDueEvidenceChecks(
  options: { days?: number; limit?: number } = {},
): Promise<number> {
  const days = options.days ?? env.EVIDENCE_RECHECK_DAYS;
  const limit = options.limit ?? (await dailyCheckLimit(days));
  const { rows } = await getDb().execute<{ queued: number }>(sql`
    with due as (
      select e.id, (row_number() over (order by e.checked_at nulls first, e.id) - 1) as place
      from evidence e
      where e.retracted_at is null
        and (e.checked_at is null
          or e.checked_at < now() - make_interval(days => ${days}::int) + interval '1 day')
        and not exists (
          select 1 from ${jobs} j where j.key = ${evidenceCheckJobKey("")} || e.id)
      order by e.checked_at nulls first, e.id
      limit ${limit}::int
    ),
    spread as (
      select id, now() + interval '1 day' * place / (select count(*) from due) as run_at
      from due
    )
    select count(*)::int as queued
    from ${addJobs}(
      (select coalesce(array_agg(row(
        ${EVIDENCE_CHECK_TASK}::text,
        json_build_object('evidenceId', id, 'check', 'scheduled'),
        null::text,
        run_at,
        ${EVIDENCE_CHECK_MAX_ATTEMPTS}::int,
        ${evidenceCheckJobKey("")} || id,
        null::int,
        null::text[]
      )::${jobSpec}), '{}') from spread),
      true
    )`);
  return rows[0]?.queued ?? 0;
}
