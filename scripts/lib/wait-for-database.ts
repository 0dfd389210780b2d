import pg from "pg";
import { redactUrl } from "./redact";

/**
 * Connects, retrying while the database is down or starting, so the app can
 * be started before its database. Each failure is one clear log line naming
 * the (password-hidden) URL tried.
 */
export async function waitForDatabase(
  url: string,
  timeoutSeconds: number,
  log: (line: string) => void,
) {
  const deadline = Date.now() + timeoutSeconds * 1000;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
    try {
      await client.connect();
      await client.query("select 1");
      return;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (Date.now() > deadline) {
        throw new Error(
          `Cannot reach the database at ${redactUrl(url)} after ${timeoutSeconds} s: ${reason}`,
        );
      }
      log(
        `Waiting for the database at ${redactUrl(url)} (attempt ${attempt}: ${reason}); retrying in 2 s`,
      );
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    } finally {
      await client.end().catch(() => {});
    }
  }
}
