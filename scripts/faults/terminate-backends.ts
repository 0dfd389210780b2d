/**
 * `pg_terminate_backend` on the app's connections while they serve requests.
 * To be sure each termination lands mid-request, mid-transaction, the claim's
 * row is locked first from another connection: the writes queue behind it,
 * and the backends found waiting are the ones terminated. The same for a
 * route: /api/health waits behind a lock on the migrations table.
 *
 * The person must get a clear "try again" (the form message, or 503 JSON
 * from the route), nothing half-saved, and the next request must work.
 */
import type pg from "pg";
import type { Checklist } from "./checklist";
import { DeskSession, type deskActions } from "./desk-http";
import { APP_LOGIN_ROLE } from "../lib/app-login";
import {
  type Account,
  type AppServer,
  type TestDatabase,
  sleep,
  TEST_PASSWORD,
} from "./desk-under-test";
import {
  checkLedger,
  CONNECTION_INTERRUPTED_MESSAGE,
  verdictOf,
  WriteLedger,
  type WriteKind,
} from "./write-ledger";

/** Terminates the app's backends that wait for a lock, once `expected` of them do. */
async function terminateWaitingBackends(killer: pg.Client, expected: number): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { rows } = await killer.query<{ pid: number }>(
      `select pid from pg_stat_activity where usename = $1 and wait_event_type = 'Lock'`,
      [APP_LOGIN_ROLE],
    );
    if (rows.length >= expected) {
      const terminated = await killer.query<{ ok: boolean }>(
        "select pg_terminate_backend(pid) as ok from unnest($1::int[]) as pid",
        [rows.map((r) => r.pid)],
      );
      return terminated.rows.filter((r) => r.ok).length;
    }
    if (Date.now() > deadline) {
      throw new Error(`only ${rows.length} of ${expected} app backends came to wait on the lock`);
    }
    await sleep(50);
  }
}

export async function terminateBackendsDuringRequests(options: {
  checks: Checklist;
  database: TestDatabase;
  app: AppServer;
  actions: ReturnType<typeof deskActions>;
  reviewers: Account[];
  claimId: number;
  tag: string;
}) {
  const { checks, database, app, actions, reviewers, claimId } = options;
  checks.begin("pg_terminate_backend on the app's connections during requests");
  const pidBefore = app.pid;

  const writers: Array<{ kind: WriteKind; reviewer: Account; session: DeskSession }> = [];
  const kinds: WriteKind[] = ["rating", "evidence", "comment"];
  for (const [i, kind] of kinds.entries()) {
    const reviewer = reviewers[i % reviewers.length]!;
    const session = new DeskSession(app.baseUrl);
    if (!(await session.signIn(reviewer.email, TEST_PASSWORD)).signedIn) {
      throw new Error(`${reviewer.email} could not sign in`);
    }
    writers.push({ kind, reviewer, session });
  }
  const actionFor = (kind: WriteKind) =>
    kind === "rating"
      ? actions.rateClaim
      : kind === "evidence"
        ? actions.addEvidence
        : actions.postComment;

  const ledger = new WriteLedger(`${options.tag}-terminate`);
  const cut = await database.withClient(async (locker) =>
    database.withClient(async (killer) => {
      await locker.query("begin");
      await locker.query("select id from claims where id = $1 for update", [claimId]);
      const pending = writers.map(({ kind, reviewer, session }) => {
        const { write, fields } = ledger.next(kind, reviewer.id, claimId);
        return session.action(`/claims/${claimId}`, actionFor(kind), fields).then((outcome) => {
          write.outcome = outcome;
          return write;
        });
      });
      const terminated = await terminateWaitingBackends(killer, writers.length);
      const terminatedAt = performance.now();
      await locker.query("rollback");
      const writes = await Promise.all(pending);
      const answeredWithinMs = performance.now() - terminatedAt;
      return { terminated, writes, answeredWithinMs };
    }),
  );
  checks.note(`terminated ${cut.terminated} backends mid-transaction (rating, evidence, comment)`);
  const wrong = cut.writes.filter(
    (w) =>
      w.outcome?.httpStatus !== 200 || w.outcome.result?.message !== CONNECTION_INTERRUPTED_MESSAGE,
  );
  checks.check(
    `each write answers “${CONNECTION_INTERRUPTED_MESSAGE}”`,
    wrong.length === 0,
    wrong.length
      ? wrong
          .map(
            (w) =>
              `${w.kind}: ${w.outcome?.httpStatus} ${w.outcome?.failure ?? JSON.stringify(w.outcome?.result)}`,
          )
          .join("; ")
      : `all ${cut.writes.length}, within ${Math.round(cut.answeredWithinMs)} ms of the termination`,
  );

  // the next request works: the same people write again
  const retried = [];
  for (const { kind, reviewer, session } of writers) {
    const { write, fields } = ledger.next(kind, reviewer.id, claimId);
    write.outcome = await session.action(`/claims/${claimId}`, actionFor(kind), fields);
    retried.push(write);
  }
  const saved = retried.filter((w) => verdictOf(w.outcome) === "acknowledged").length;
  checks.check(
    "the next write of each is saved",
    saved === retried.length,
    `${saved} of ${retried.length}`,
  );
  const page = await writers[0]!.session.get(`/claims/${claimId}`);
  checks.check(
    "the next page view works",
    page.status === 200,
    `GET /claims/${claimId} → ${page.status}`,
  );

  const ledgerCheck = await database.withClient((client) => checkLedger(client, ledger));
  checks.check(
    "nothing of the cut writes was saved, the retries were, each with one audit event",
    ledgerCheck.committedUnacknowledged === 0 &&
      ledgerCheck.lost.length === 0 &&
      ledgerCheck.partial.length === 0,
    [...ledgerCheck.lost, ...ledgerCheck.partial].slice(0, 3).join("; ") ||
      `${ledgerCheck.committedUnacknowledged} cut writes committed`,
  );

  // a route: /api/health waits behind the migrations table, and its backend is terminated
  const route = await database.withClient(async (locker) =>
    database.withClient(async (killer) => {
      await locker.query("begin");
      await locker.query("lock table drizzle.__drizzle_migrations in access exclusive mode");
      const pending = fetch(`${app.baseUrl}/api/health`, {
        signal: AbortSignal.timeout(30_000),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as unknown,
      }));
      const terminated = await terminateWaitingBackends(killer, 1);
      await locker.query("rollback");
      return { terminated, ...(await pending) };
    }),
  );
  checks.check(
    "a route whose connection is cut answers 503 with JSON",
    route.terminated === 1 && route.status === 503 && typeof route.body === "object",
    `GET /api/health → ${route.status} ${JSON.stringify(route.body)}`,
  );
  const healthAfter = await fetch(`${app.baseUrl}/api/health`);
  await healthAfter.arrayBuffer();
  checks.check(
    "and its next request answers 200",
    healthAfter.status === 200,
    `→ ${healthAfter.status}`,
  );

  checks.check(
    "the app process never crashed or restarted",
    app.running && app.pid === pidBefore && app.uncaughtErrors.length === 0,
    app.uncaughtErrors.slice(0, 2).join(" | "),
  );
}
