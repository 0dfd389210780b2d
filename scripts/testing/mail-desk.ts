/**
 * The email tests' desk: a real SMTP server on loopback with the mail
 * settings pointed at it, and job-queue workers as each app instance runs
 * one. The mail settings are read when the desk's modules load, so a test
 * file calls startMailDesk before it imports any of them (dynamically, after).
 */
import { sql } from "drizzle-orm";
import { run, type Runner } from "graphile-worker";
import { startLoopbackSmtp } from "./loopback-smtp";

export async function startMailDesk() {
  const smtp = await startLoopbackSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.AUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-hmac-0123456789";
  process.env.PUBLIC_URL = "https://desk.example";

  const { getDb } = await import("@/db");
  const { deskTasks } = await import("@/lib/jobs/tasks");
  const { JOB_QUEUE_SCHEMA, quietJobQueueLogger } = await import("@/db/job-queue-schema");
  const runners: Runner[] = [];

  /** A queue worker as each app instance runs one: the desk's tasks, on the app's role. */
  async function startWorker() {
    const runner = await run({
      connectionString: process.env.DATABASE_URL,
      schema: JOB_QUEUE_SCHEMA,
      taskList: deskTasks,
      concurrency: 3,
      pollInterval: 200,
      noHandleSignals: true,
      logger: quietJobQueueLogger,
    });
    runners.push(runner);
    return runner;
  }

  async function queuedJobs(): Promise<number> {
    const { rows } = await getDb().execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.raw(JOB_QUEUE_SCHEMA)}.jobs`,
    );
    return rows[0]!.n;
  }

  async function stop() {
    await Promise.all(runners.map((runner) => runner.stop()));
    await smtp.close();
  }

  return { smtp, startWorker, queuedJobs, stop };
}
