/**
 * PostgreSQL is SIGKILLed in the middle of a burst of rating and evidence
 * writes, then restarted on the same data directory (crash recovery). The app
 * keeps running throughout. Every write must be whole or absent, every
 * acknowledged one present with one audit event, the audit chain intact, and
 * the app must serve a signed-in page again within 5 s of the restart.
 */
import type { Checklist } from "./checklist";
import { DeskSession, type deskActions } from "./desk-http";
import {
  type Account,
  type AppServer,
  type TestDatabase,
  sleep,
  TEST_PASSWORD,
} from "./desk-under-test";
import { checkLedger, verdictOf, WriteLedger, type DeskWrite } from "./write-ledger";

const BURST_SIZE = 200;
const CONCURRENCY = 8;
/** writes settled before the kill: the kill lands with CONCURRENCY more in flight */
const KILL_AFTER = 70;
const RECOVERY_LIMIT_MS = 5_000;

export async function killPostgresMidBurst(options: {
  checks: Checklist;
  database: TestDatabase;
  app: AppServer;
  actions: ReturnType<typeof deskActions>;
  reviewers: Account[];
  claims: number[];
  tag: string;
}) {
  const { checks, database, app, actions, reviewers, claims } = options;
  checks.begin("SIGKILL PostgreSQL in the middle of a burst of 200 writes");
  const pidBefore = app.pid;

  const sessions = new Map<string, DeskSession>();
  for (const reviewer of reviewers) {
    const session = new DeskSession(app.baseUrl);
    const { signedIn } = await session.signIn(reviewer.email, TEST_PASSWORD);
    if (!signedIn) throw new Error(`${reviewer.email} could not sign in`);
    sessions.set(reviewer.id, session);
  }

  // a rating and an evidence link for every reviewer/claim pair, interleaved
  const ledger = new WriteLedger(`${options.tag}-burst`);
  const queue: Array<{ write: DeskWrite; fields: Record<string, string> }> = [];
  for (const claimId of claims) {
    for (const reviewer of reviewers) {
      queue.push(ledger.next("rating", reviewer.id, claimId));
      queue.push(ledger.next("evidence", reviewer.id, claimId));
    }
  }
  if (queue.length !== BURST_SIZE) throw new Error(`the burst has ${queue.length} writes`);

  let settled = 0;
  let killedAt: number | null = null;
  let kill: Promise<void> | null = null;
  let inFlightAtKill = 0;
  let inFlight = 0;
  const started = performance.now();
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { write, fields } = next;
      const action = write.kind === "rating" ? actions.rateClaim : actions.addEvidence;
      inFlight++;
      write.outcome = await sessions
        .get(write.reviewerId)!
        .action(`/claims/${write.claimId}`, action, fields);
      inFlight--;
      settled++;
      if (settled === KILL_AFTER && !kill) {
        inFlightAtKill = inFlight;
        kill = database.kill().then((at) => {
          killedAt = at;
        });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await kill;
  const burstMs = performance.now() - started;

  const restartStarted = performance.now();
  await database.start();
  const restartedAt = performance.now();
  checks.note(
    `burst of ${BURST_SIZE} writes in ${(burstMs / 1000).toFixed(1)} s; postgres SIGKILLed after ${KILL_AFTER} answers with ${inFlightAtKill} in flight, ` +
      `down ${((restartStarted - killedAt!) / 1000).toFixed(1)} s, restart (crash recovery) took ${((restartedAt - restartStarted) / 1000).toFixed(1)} s`,
  );

  // the running app, not restarted, serves a signed-in page again
  const probe = sessions.get(reviewers[0]!.id)!;
  let recoveredAfterMs: number | null = null;
  let attempts = 0;
  while (performance.now() - restartedAt < 15_000) {
    attempts++;
    try {
      const page = await probe.get("/claims");
      if (page.status === 200 && page.body.includes("Sign out")) {
        recoveredAfterMs = performance.now() - restartedAt;
        break;
      }
    } catch {
      // no answer yet
    }
    await sleep(100);
  }
  checks.check(
    "the app serves a signed-in page within 5 s of the restart",
    recoveredAfterMs !== null && recoveredAfterMs <= RECOVERY_LIMIT_MS,
    recoveredAfterMs === null
      ? `not within 15 s (${attempts} tries)`
      : `${Math.round(recoveredAfterMs)} ms after postgres was back (${attempts} tries)`,
  );

  const byVerdict = Object.fromEntries(
    (["acknowledged", "retryable", "refused", "server-error", "no-answer"] as const).map((v) => [
      v,
      ledger.count(v),
    ]),
  );
  checks.note(
    `answers: ${Object.entries(byVerdict)
      .map(([v, n]) => `${v} ${n}`)
      .join(", ")}`,
  );
  checks.check(
    "the kill landed mid-burst: some writes acknowledged, some answered “try again”",
    ledger.count("acknowledged") > 0 && ledger.count("retryable") > 0,
  );
  const unclear = ledger.writes.filter((w) => {
    const verdict = verdictOf(w.outcome);
    return verdict !== "acknowledged" && verdict !== "retryable";
  });
  checks.check(
    "every write was answered: saved, or the retryable message (no 5xx, no dropped request)",
    unclear.length === 0,
    unclear
      .slice(0, 3)
      .map(
        (w) =>
          `${w.kind} → ${w.outcome?.httpStatus} ${w.outcome?.failure ?? w.outcome?.result?.message ?? ""}`,
      )
      .join("; "),
  );

  const ledgerCheck = await database.withClient((client) => checkLedger(client, ledger));
  checks.check(
    "every acknowledged write is in the database with exactly one audit event",
    ledgerCheck.lost.length === 0,
    ledgerCheck.lost.length
      ? ledgerCheck.lost.slice(0, 3).join("; ")
      : `${byVerdict.acknowledged} of ${byVerdict.acknowledged}`,
  );
  checks.check(
    "every write is whole or absent (rows without audit events: 0)",
    ledgerCheck.partial.length === 0,
    ledgerCheck.partial.length
      ? ledgerCheck.partial.slice(0, 3).join("; ")
      : `${ledgerCheck.committedUnacknowledged} unacknowledged writes were committed (answer lost), the rest absent`,
  );
  checks.check(
    "the audit chain verifies",
    ledgerCheck.chain.intact,
    ledgerCheck.chain.intact
      ? `${ledgerCheck.chain.checked} events`
      : `${ledgerCheck.chain.firstBreak?.eventId}: ${ledgerCheck.chain.firstBreak?.reason}`,
  );

  // each reviewer writes again, through the same app
  let retriesSaved = 0;
  for (const reviewer of reviewers) {
    const { write, fields } = ledger.next("evidence", reviewer.id, claims[0]!);
    write.outcome = await sessions
      .get(reviewer.id)!
      .action(`/claims/${claims[0]}`, actions.addEvidence, fields);
    if (verdictOf(write.outcome) === "acknowledged") retriesSaved++;
  }
  checks.check(
    "after the restart every reviewer's next write is saved",
    retriesSaved === reviewers.length,
    `${retriesSaved} of ${reviewers.length}`,
  );
  checks.check(
    "the app process never crashed or restarted",
    app.running && app.pid === pidBefore && app.uncaughtErrors.length === 0,
    app.uncaughtErrors.slice(0, 2).join(" | "),
  );
  return { recoveredAfterMs, byVerdict };
}
