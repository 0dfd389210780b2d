/**
 * The app is started while its database is down (DATABASE_URL names a
 * stopped cluster). It must say clearly that it is waiting, keep trying, and
 * serve once the database is up, without being started again.
 */
import type { Checklist } from "./checklist";
import { DeskSession } from "./desk-http";
import { AppServer, type TestDatabase, sleep, TEST_PASSWORD } from "./desk-under-test";

const WAITING_LINE = /Waiting for the database at .*retrying/;

export async function startBeforeDatabase(options: {
  checks: Checklist;
  database: TestDatabase;
  port: number;
  authSecret: string;
  reviewerEmail: string;
}) {
  const { checks, database } = options;
  checks.begin("start the app while the database is down");
  await database.stop();

  const app = await AppServer.start({
    name: "app-before-db",
    port: options.port,
    databaseUrl: database.appUrl,
    authSecret: options.authSecret,
    env: { DATABASE_WAIT_SECONDS: "60" },
  });
  try {
    const waiting = await app.waitForLine(WAITING_LINE, 30_000);
    checks.check(
      "it logs that it is waiting for the database",
      true,
      waiting.replace(/^\[desk\] /, ""),
    );
    const password = new URL(database.appUrl).password;
    checks.check(
      "the line names the database without its password",
      !app.lines.some((line) => line.includes(password)),
    );
    // let it retry at least once more before the database comes up
    const tries = () => app.lines.filter((line) => WAITING_LINE.test(line)).length;
    while (tries() < 2) {
      if (!app.running) throw new Error(`the app gave up waiting:\n${app.tail()}`);
      await sleep(200);
    }

    await database.start();
    const upAt = performance.now();
    await app.waitUntilHealthy(120_000);
    const servingAfterMs = performance.now() - upAt;
    checks.check(
      "it serves once the database is up",
      app.running,
      `healthy ${(servingAfterMs / 1000).toFixed(1)} s after postgres was up, after ${tries()} waiting lines`,
    );
    const session = new DeskSession(app.baseUrl);
    const signIn = await session.signIn(options.reviewerEmail, TEST_PASSWORD);
    const page = signIn.signedIn ? await session.get("/claims") : null;
    checks.check(
      "a reviewer signs in and opens the board",
      page?.status === 200,
      `sign-in ${signIn.httpStatus}, GET /claims → ${page?.status ?? "(not signed in)"}`,
    );
    return { servingAfterMs };
  } finally {
    await app.stop();
  }
}
