/**
 * Runs once when a server process starts (Next.js's instrumentation hook):
 * starts the desk's job queue in that process. Only on the Node.js runtime
 * (the worker needs pg and timers; the edge runtime has neither) and never
 * during `next build`, whose workers render pages and must not take jobs.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL) return;
  const { startJobRunner } = await import("./lib/jobs/runner");
  void startJobRunner(); // the server need not wait: jobs keep in the database meanwhile
}
