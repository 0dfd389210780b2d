/**
 * Runs once when a server process starts (Next.js's instrumentation hook),
 * before it handles requests, on the Node.js runtime only (the edge runtime
 * has no sockets, pg or timers). It installs the socket-address stamp the
 * login throttle reads (lib/security/socket-address.ts), and starts the
 * desk's job queue in that process, never during `next build`, whose workers
 * render pages and must not take jobs.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installSocketAddressStamp } = await import("./lib/security/socket-address");
  installSocketAddressStamp();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL) return;
  const { startJobRunner } = await import("./lib/jobs/runner");
  void startJobRunner(); // the server need not wait: jobs keep in the database meanwhile
}
