/**
 * The job queue's tables (graphile-worker, in the schema graphile_worker),
 * made and upgraded by the library's own migrator, pinned by the lockfile and
 * run by `npm run db:migrate` as the database owner right after the desk's
 * migrations. Migration 0010 made the schema with default grants for the
 * app's role, so the tables the migrator creates are the app's to use, not to
 * alter. The app itself never migrates the queue: when its schema is behind,
 * the worker refuses to start (lib/jobs/runner.ts says why).
 */
import { Logger, runMigrations } from "graphile-worker";
import pg from "pg";

export const JOB_QUEUE_SCHEMA = "graphile_worker";

/**
 * How the queue's own connections name themselves in pg_stat_activity, so an
 * admin can tell them from requests' (and the bench's SQL recorder, which
 * counts a request's statements, can leave their polls out).
 */
export const JOB_QUEUE_APPLICATION_NAME = "desk-job-queue";

/** The library's debug and info lines are noise in a migration's output; warnings are not. */
export const quietJobQueueLogger = new Logger(() => (level, message) => {
  if (level === "error") console.error(`[jobs] ${message}`);
  else if (level === "warning") console.warn(`[jobs] ${message}`);
});

export async function migrateJobQueue(ownerUrl: string) {
  await runMigrations({
    connectionString: ownerUrl,
    schema: JOB_QUEUE_SCHEMA,
    logger: quietJobQueueLogger,
  });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // The migrator's ledger is the owner's: an app that could write it could
    // record a migration as done without being able to run it.
    await client.query(
      `revoke insert, update, delete, truncate on ${JOB_QUEUE_SCHEMA}.migrations from desk_app`,
    );
    // The queue's private tables have row-level security on and no policy, so
    // that only their owner reaches them. The app's role runs the worker, so it
    // gets a policy of its own on each, and nobody else does.
    await client.query(`
      do $$
      declare t record;
      begin
        for t in
          select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = '${JOB_QUEUE_SCHEMA}' and c.relkind = 'r' and c.relrowsecurity
            and not exists (
              select 1 from pg_policies p
              where p.schemaname = n.nspname and p.tablename = c.relname
                and p.policyname = 'desk_app_runs_jobs')
        loop
          execute format(
            'create policy desk_app_runs_jobs on ${JOB_QUEUE_SCHEMA}.%I to desk_app using (true) with check (true)',
            t.relname);
        end loop;
      end
      $$`);
  } finally {
    await client.end();
  }
}
