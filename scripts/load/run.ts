/**
 * `npm run test:load`: 50 reviewers at once, each rating, commenting and
 * adding evidence on 20 shared claims for 60 s, over loopback against the
 * production build on a fresh embedded PostgreSQL (.data/load, app on :3421).
 *
 * Each reviewer is one virtual user sending one request at a time, as a
 * person with one tab does. Every write is recorded with what the app
 * answered; afterwards the database must hold every acknowledged write with
 * exactly one audit event, no reviewer may have two ratings on a claim, no
 * request may have failed with a 5xx, and the audit chain must verify.
 *
 *   LOAD_REVIEWERS=50 LOAD_CLAIMS=20 LOAD_SECONDS=60 to change the shape.
 */
import { Checklist } from "../faults/checklist";
import { DeskSession, deskActions } from "../faults/desk-http";
import {
  AppServer,
  ensureProductionBuild,
  newAuthSecret,
  TestDatabase,
  TEST_PASSWORD,
} from "../faults/desk-under-test";
import { checkLedger, verdictOf, WriteLedger, type WriteKind } from "../faults/write-ledger";

const REVIEWERS = Number(process.env.LOAD_REVIEWERS ?? 50);
const CLAIMS = Number(process.env.LOAD_CLAIMS ?? 20);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const APP_PORT = 3421;

const log = (line: string) => console.log(`[load] ${line}`);

/** A small deterministic generator, so two runs send the same mix. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const checks = new Checklist();
  ensureProductionBuild(log);
  const actions = deskActions();
  log(`fresh embedded PostgreSQL in .data/load, production app on :${APP_PORT}`);
  const database = await TestDatabase.fresh(".data/load", 3492);
  let app: AppServer | null = null;
  try {
    app = await AppServer.start({
      name: "app",
      port: APP_PORT,
      databaseUrl: database.appUrl,
      authSecret: newAuthSecret(),
    });
    await app.waitUntilHealthy(120_000);
    const tag = `load-${Date.now().toString(36)}`;
    const reviewers = await database.createReviewers(REVIEWERS, tag);
    const claims = await database.createClaims(CLAIMS, tag);

    checks.begin(`${REVIEWERS} reviewers, ${CLAIMS} shared claims, ${SECONDS} s`);
    const signInStarted = performance.now();
    const sessions = await Promise.all(
      reviewers.map(async (reviewer) => {
        const session = new DeskSession(app!.baseUrl, 60_000);
        const outcome = await session.signIn(reviewer.email, TEST_PASSWORD);
        if (!outcome.signedIn)
          throw new Error(`${reviewer.email} could not sign in (${outcome.location})`);
        return { reviewer, session };
      }),
    );
    checks.note(
      `${REVIEWERS} sign-ins in ${((performance.now() - signInStarted) / 1000).toFixed(1)} s`,
    );

    const ledger = new WriteLedger(tag);
    const kinds: WriteKind[] = ["rating", "comment", "evidence"];
    const actionFor = {
      rating: actions.rateClaim,
      comment: actions.postComment,
      evidence: actions.addEvidence,
    };
    const latencies: Record<WriteKind, number[]> = { rating: [], comment: [], evidence: [] };
    const statusCounts = new Map<number, number>();
    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    await Promise.all(
      sessions.map(async ({ reviewer, session }, index) => {
        const next = random(index + 1);
        while (performance.now() < deadline) {
          const kind = kinds[Math.floor(next() * kinds.length)]!;
          const claimId = claims[Math.floor(next() * claims.length)]!;
          const { write, fields } = ledger.next(kind, reviewer.id, claimId);
          write.outcome = await session.action(`/claims/${claimId}`, actionFor[kind], fields);
          latencies[kind].push(write.outcome.ms);
          statusCounts.set(
            write.outcome.httpStatus,
            (statusCounts.get(write.outcome.httpStatus) ?? 0) + 1,
          );
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;

    const all = Object.values(latencies)
      .flat()
      .sort((x, y) => x - y);
    const sent = ledger.writes.length;
    const acknowledged = ledger.count("acknowledged");
    checks.note(
      `${sent} writes in ${elapsed.toFixed(1)} s: ${(sent / elapsed).toFixed(1)} writes/s, ` +
        `${(acknowledged / elapsed).toFixed(1)} acknowledged/s`,
    );
    checks.note(
      `latency p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms, ` +
        `p99 ${percentile(all, 99).toFixed(0)} ms, max ${all[all.length - 1]?.toFixed(0)} ms`,
    );
    for (const kind of kinds) {
      const sorted = [...latencies[kind]].sort((x, y) => x - y);
      checks.note(
        `  ${kind.padEnd(8)} ${String(sorted.length).padStart(5)} writes, p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms`,
      );
    }
    checks.note(
      `HTTP statuses: ${[...statusCounts].map(([status, n]) => `${status || "no answer"} ×${n}`).join(", ")}`,
    );

    const serverErrors = ledger.writes.filter(
      (w) => w.outcome!.httpStatus >= 500 || w.outcome!.httpStatus === 0,
    );
    checks.check(
      "0 server errors (5xx) and 0 requests without an answer",
      serverErrors.length === 0,
      serverErrors.length
        ? `${serverErrors.length}, e.g. ${serverErrors[0]!.kind} → ${serverErrors[0]!.outcome!.httpStatus} ${serverErrors[0]!.outcome!.failure ?? ""}`
        : "",
    );
    const notSaved = ledger.writes.filter((w) => verdictOf(w.outcome) !== "acknowledged");
    checks.check(
      "every write was acknowledged",
      notSaved.length === 0,
      notSaved
        .slice(0, 3)
        .map((w) => `${w.kind}: ${w.outcome!.result?.message ?? w.outcome!.httpStatus}`)
        .join("; "),
    );

    const verification = await database.withClient((client) => checkLedger(client, ledger));
    checks.check(
      "0 lost writes: each acknowledged write is in the database with exactly one audit event",
      verification.lost.length === 0,
      verification.lost.length
        ? verification.lost.slice(0, 3).join("; ")
        : `${acknowledged} of ${acknowledged}`,
    );
    checks.check(
      "0 partial writes (rows without their audit event)",
      verification.partial.length === 0,
      verification.partial.slice(0, 3).join("; "),
    );
    checks.check(
      "0 duplicate ratings (one per reviewer and claim)",
      verification.duplicateRatings === 0,
    );
    const finalRatings = await database.withClient(async (client) => {
      // the newest acknowledged rating of each reviewer on each claim is the one kept
      const latest = new Map<string, string>();
      for (const write of ledger.writes) {
        if (write.kind === "rating" && verdictOf(write.outcome) === "acknowledged") {
          latest.set(`${write.reviewerId}/${write.claimId}`, write.token);
        }
      }
      const { rows } = await client.query<{ key: string; note: string }>(
        "select reviewer_id || '/' || claim_id as key, note from ratings where note like $1",
        [`${tag}-%`],
      );
      const stale = rows.filter((row) => latest.get(row.key) !== row.note).length;
      return { pairs: latest.size, rows: rows.length, stale };
    });
    checks.check(
      "each reviewer's rating on a claim is their last acknowledged one",
      finalRatings.rows === finalRatings.pairs && finalRatings.stale === 0,
      `${finalRatings.rows} rating rows for ${finalRatings.pairs} reviewer/claim pairs, ${finalRatings.stale} stale`,
    );
    checks.check(
      "the audit chain verifies",
      verification.chain.intact,
      `${verification.chain.checked} events`,
    );
    checks.check(
      "the app never crashed",
      app.running && app.uncaughtErrors.length === 0,
      app.uncaughtErrors.slice(0, 2).join(" | "),
    );
  } catch (error) {
    checks.crashed(error);
    if (app) console.log(app.tail());
  } finally {
    await app?.stop();
    await database.stop().catch(() => {});
  }
  return checks.summary("load");
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
