/**
 * `npm run test:faults` (part of `npm test`): breaks the database under a
 * running production desk and checks what people see and what is kept.
 *
 *   1. PostgreSQL SIGKILLed in the middle of a burst of 200 writes, restarted
 *   2. pg_terminate_backend on the app's connections mid-request
 *   3. the app started while its database is down
 *   4. two app instances on one database (scripts/two-instances)
 *
 * Data in .data/faults and .data/two, app ports 3401–3412, postgres on
 * 3490/3491 (or the next free ones). Exits 1 when any check fails.
 * DESK_TEST_VERBOSE=1 echoes the app servers' logs.
 */
import { checkTwoInstances } from "../two-instances/two-instances";
import { Checklist } from "./checklist";
import { deskActions } from "./desk-http";
import { AppServer, ensureProductionBuild, newAuthSecret, TestDatabase } from "./desk-under-test";
import { killPostgresMidBurst } from "./kill-postgres-mid-burst";
import { startBeforeDatabase } from "./start-before-database";
import { terminateBackendsDuringRequests } from "./terminate-backends";

const log = (line: string) => console.log(`[faults] ${line}`);

async function main() {
  const started = performance.now();
  const checks = new Checklist();
  ensureProductionBuild(log);
  const actions = deskActions();

  log("starting a fresh embedded PostgreSQL in .data/faults and the production app on :3401");
  const database = await TestDatabase.fresh(".data/faults", 3490);
  const authSecret = newAuthSecret();
  const tag = `faults-${Date.now().toString(36)}`;
  let app: AppServer | null = null;
  try {
    app = await AppServer.start({
      name: "app",
      port: 3401,
      databaseUrl: database.appUrl,
      authSecret,
    });
    await app.waitUntilHealthy(120_000);
    const reviewers = await database.createReviewers(4, tag);
    const claims = await database.createClaims(26, tag);

    try {
      await killPostgresMidBurst({
        checks,
        database,
        app,
        actions,
        reviewers,
        claims: claims.slice(0, 25),
        tag,
      });
    } catch (error) {
      checks.crashed(error);
    }
    try {
      await terminateBackendsDuringRequests({
        checks,
        database,
        app,
        actions,
        reviewers,
        claimId: claims[25]!,
        tag,
      });
    } catch (error) {
      checks.crashed(error);
    }
    await app.stop();
    app = null;
    try {
      await startBeforeDatabase({
        checks,
        database,
        port: 3402,
        authSecret,
        reviewerEmail: reviewers[0]!.email,
      });
    } catch (error) {
      checks.crashed(error);
    }
  } finally {
    await app?.stop();
    await database.stop().catch(() => {});
  }

  try {
    await checkTwoInstances({
      checks,
      dataDir: ".data/two",
      postgresPort: 3491,
      ports: [3411, 3412],
    });
  } catch (error) {
    checks.crashed(error);
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  return checks.summary(`faults and two instances, ${seconds} s`);
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error(`[faults] ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exit(1);
  },
);
