/**
 * Two `next start` servers on one database, as behind a load balancer, with
 * the same AUTH_SECRET and nothing else shared:
 *
 * - a rating made through A reaches a live stream opened through B (each
 *   instance LISTENs to the database for itself);
 * - login failures made through A and through B count together toward the
 *   lockout (the count lives in Postgres);
 * - an account deactivated through A's admin action is refused by B at its
 *   next request (sessions are checked against the database every time).
 */
import { Checklist } from "../faults/checklist";
import { DeskSession, deskActions } from "../faults/desk-http";
import {
  AppServer,
  newAuthSecret,
  sleep,
  TestDatabase,
  TEST_PASSWORD,
} from "../faults/desk-under-test";
import { verdictOf, WriteLedger } from "../faults/write-ledger";

const LIVE_LIMIT_MS = 5_000;

export async function checkTwoInstances(options: {
  checks: Checklist;
  dataDir: string;
  postgresPort: number;
  ports: [number, number];
}) {
  const { checks } = options;
  checks.begin("two app instances on one database");
  const database = await TestDatabase.fresh(options.dataDir, options.postgresPort);
  const authSecret = newAuthSecret();
  const servers: AppServer[] = [];
  try {
    const [a, b] = await Promise.all(
      options.ports.map((port, i) =>
        AppServer.start({
          name: `instance-${"AB"[i]}`,
          port,
          databaseUrl: database.appUrl,
          authSecret,
        }),
      ),
    );
    servers.push(a!, b!);
    await Promise.all(servers.map((server) => server.waitUntilHealthy(120_000)));
    checks.note(`A on :${a!.port}, B on :${b!.port}, postgres on :${database.port}`);
    const actions = deskActions();
    const tag = `two-${Date.now().toString(36)}`;
    const reviewers = await database.createReviewers(4, tag);
    const [claimId] = await database.createClaims(1, tag);

    await liveAcrossInstances(checks, a!, b!, actions.rateClaim, reviewers, claimId!, tag);
    await lockoutAcrossInstances(checks, a!, b!, reviewers[2]!.email);
    await deactivationAcrossInstances(checks, a!, b!, actions, database, reviewers[3]!, claimId!);

    for (const server of servers) {
      checks.check(
        `${server.name} never crashed`,
        server.running && server.uncaughtErrors.length === 0,
      );
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await database.stop();
  }
}

async function liveAcrossInstances(
  checks: Checklist,
  a: AppServer,
  b: AppServer,
  rateClaimAction: string,
  reviewers: Array<{ id: string; email: string }>,
  claimId: number,
  tag: string,
) {
  const rater = new DeskSession(a.baseUrl);
  const viewer = new DeskSession(b.baseUrl);
  for (const [session, account] of [
    [rater, reviewers[0]!],
    [viewer, reviewers[1]!],
  ] as const) {
    if (!(await session.signIn(account.email, TEST_PASSWORD)).signedIn) {
      throw new Error(`${account.email} could not sign in`);
    }
  }

  const stream = await viewer.request(`/api/live/claims?claim=${claimId}`, {
    headers: { accept: "text/event-stream" },
    signal: AbortSignal.timeout(30_000),
  });
  if (stream.status !== 200 || !stream.body)
    throw new Error(`the live stream on B answered ${stream.status}`);
  const reader = stream.body.pipeThrough(new TextDecoderStream()).getReader();
  let received = "";
  const waitFor = async (pattern: RegExp, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(received)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      const chunk = await Promise.race([reader.read(), sleep(remaining).then(() => null)]);
      if (!chunk || chunk.done) return pattern.test(received);
      received += chunk.value;
    }
    return true;
  };
  try {
    await waitFor(/: connected/, 5_000);
    const ledger = new WriteLedger(tag);
    const { write, fields } = ledger.next("rating", reviewers[0]!.id, claimId);
    const started = performance.now();
    write.outcome = await rater.action(`/claims/${claimId}`, rateClaimAction, fields);
    const arrived = await waitFor(
      new RegExp(`event: change\\ndata: \\{"claimId":${claimId},"kind":"rating"\\}`),
      LIVE_LIMIT_MS,
    );
    const latencyMs = performance.now() - started;
    checks.check(
      "a rating made through A reaches the claim's live stream on B",
      verdictOf(write.outcome) === "acknowledged" && arrived,
      arrived
        ? `event: change on B ${Math.round(latencyMs)} ms after the rating was sent to A`
        : `rating ${verdictOf(write.outcome)}; B's stream got: ${JSON.stringify(received.slice(-200))}`,
    );
  } finally {
    await reader.cancel().catch(() => {});
  }
}

async function lockoutAcrossInstances(
  checks: Checklist,
  a: AppServer,
  b: AppServer,
  email: string,
) {
  const attempt = async (server: AppServer, password: string) => {
    const outcome = await new DeskSession(server.baseUrl).signIn(email, password);
    const code = outcome.location
      ? new URL(outcome.location, server.baseUrl).searchParams.get("code")
      : null;
    return { signedIn: outcome.signedIn, code: code ?? (outcome.signedIn ? "signed in" : "?") };
  };
  const failures = [];
  for (const server of [a, a, a, b, b]) failures.push(await attempt(server, "not-the-password"));
  const codes = failures.map((f) => f.code);
  checks.check(
    "3 wrong passwords through A and 2 through B are refused as wrong, not yet locked",
    codes.every((code) => code === "invalid"),
    codes.join(", "),
  );
  const sixthOnA = await attempt(a, TEST_PASSWORD);
  const sixthOnB = await attempt(b, TEST_PASSWORD);
  checks.check(
    "the 6th attempt, even with the right password, is locked on A and on B",
    !sixthOnA.signedIn &&
      !sixthOnB.signedIn &&
      [sixthOnA, sixthOnB].every((s) => s.code?.startsWith("locked:")),
    `A: ${sixthOnA.code}, B: ${sixthOnB.code}`,
  );
}

async function deactivationAcrossInstances(
  checks: Checklist,
  a: AppServer,
  b: AppServer,
  actions: ReturnType<typeof deskActions>,
  database: TestDatabase,
  target: { id: string; email: string },
  claimId: number,
) {
  const targetOnB = new DeskSession(b.baseUrl);
  if (!(await targetOnB.signIn(target.email, TEST_PASSWORD)).signedIn) {
    throw new Error(`${target.email} could not sign in on B`);
  }
  const before = await targetOnB.get("/claims");
  const admin = new DeskSession(a.baseUrl);
  if (!(await admin.signIn("admin@demo.test", TEST_PASSWORD)).signedIn) {
    throw new Error("the admin could not sign in on A");
  }
  const deactivation = await admin.action("/admin/users", actions.setAccountActive, {
    userId: target.id,
    active: "false",
  });
  const after = await targetOnB.get("/claims");
  const refusedPage =
    after.status >= 300 && after.status < 400 && /\/login/.test(after.location ?? "");
  const ledger = new WriteLedger(`deactivated-${Date.now().toString(36)}`);
  const { fields } = ledger.next("comment", target.id, claimId);
  const write = await targetOnB.action(`/claims/${claimId}`, actions.postComment, fields);
  const saved = await database.withClient(async (client) =>
    client.query("select 1 from comments where body = $1", [fields.body]),
  );
  checks.check(
    "an account deactivated through A's admin action is refused by B at its next request",
    before.status === 200 &&
      deactivation.result?.status === "success" &&
      refusedPage &&
      write.result?.refused === "signed-out" &&
      saved.rowCount === 0,
    `before: ${before.status}; admin action on A: ${deactivation.result?.message ?? deactivation.httpStatus}; ` +
      `then on B: GET /claims → ${after.status} ${after.location ?? ""}, comment action → ${write.httpStatus} ${write.result?.refused ?? "not refused"}`,
  );
}
