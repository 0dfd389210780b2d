/**
 * One scale of the benchmark against a running server: sign the virtual
 * users in, record the SQL of the read requests, check their plans, then
 * load every scenario through the app and, where there is one, through bare
 * pg, and check that every accepted write left its audit event.
 */
import pg from "pg";
import { connectionOptions } from "@/db/planner-settings";
import {
  readScenarioNames,
  type LoadMeasurement,
  type ScenarioName,
  type ScenarioResult,
} from "@/scripts/bench/results";
import { summariseLatencies } from "@/scripts/bench/stats";
import { env } from "@/lib/env";
import { actionRefusal, claimPageActionRequest, fetchInit, serverActionId } from "./actions";
import {
  barePools,
  bareRating,
  endBarePools,
  replayable,
  replayAs,
  replayRequest,
  type ReplayableRequest,
} from "./bare-pg";
import { checkPlans } from "./explain";
import { BENCH_PASSWORD, type GeneratedDesk } from "./generate";
import { runBareLoad, runHttpLoad, type HttpRequestSpec, type LoadSettings } from "./load";
import type { MemorySampler } from "./memory";
import { assigneePaths, boardPaths, scenarioClaims, searchPaths, similarPaths } from "./scenarios";
import type { DeskServer } from "./server";
import { signIn, type Session } from "./sessions";
import { markWrites, verifyWrites } from "./verify-writes";
import { captureSql, type CapturedQuery } from "./sql-capture";

export type ScaleContext = {
  scale: number;
  seed: number;
  desk: GeneratedDesk;
  server: DeskServer;
  appUrl: string;
  ownerUrl: string;
  settings: LoadSettings;
  memory: MemorySampler;
  explain: boolean;
  exportRuns: number;
  /** run only these scenarios (`--scenarios`); all when unset */
  only?: ReadonlySet<ScenarioName>;
  log: (line: string) => void;
};

const RATE_ACTION = ["rateClaimAction", "app/(desk)/claims/[id]/review-actions.ts"] as const;
const COMMENT_ACTION = [
  "postCommentAction",
  "app/(desk)/claims/[id]/discussion-actions.ts",
] as const;

function cycle<T>(items: readonly T[]): () => T {
  let next = 0;
  return () => items[next++ % items.length]!;
}

/** The claim with the most comments: the heaviest claim page, for the plan check and Lighthouse. */
async function busiestClaim(ownerUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ claim_id: number }>(
      "select claim_id from comments group by claim_id order by count(*) desc, claim_id limit 1",
    );
    return rows[0]!.claim_id;
  } finally {
    await client.end();
  }
}

export async function benchScale(context: ScaleContext): Promise<{
  scenarios: ScenarioResult[];
  plans: { checked: number; seqScans: string[] };
  claimPageStatements: { most: number; path: string };
  sessions: Session[];
  busiestClaimId: number;
}> {
  const { scale, desk, server, settings, log } = context;
  const { baseUrl } = server;
  const selected = (scenario: ScenarioName) => !context.only || context.only.has(scenario);

  // read while the build is the one the server started from
  const rateActionId = serverActionId(...RATE_ACTION);
  const commentActionId = serverActionId(...COMMENT_ACTION);

  // ---- virtual users: one reviewer per connection, and the editor for the export
  const reviewers = desk.reviewers.slice(0, Math.min(settings.connections, desk.reviewers.length));
  const sessions = await Promise.all(
    reviewers.map((r) => signIn(baseUrl, r.email, BENCH_PASSWORD)),
  );
  const editor = await signIn(baseUrl, desk.editor.email, BENCH_PASSWORD);
  log(`Signed in ${sessions.length} reviewers and the editor`);
  const nextSession = cycle(sessions);

  const claims = scenarioClaims({
    seed: context.seed,
    scale,
    rateableClaimIds: desk.rateableClaimIds,
  });
  const busiestClaimId = await busiestClaim(context.ownerUrl);

  // ---- the SQL behind each read request, for the ceiling and the plans
  const capture = async (path: string) =>
    captureSql(server, async () => {
      const response = await fetch(`${baseUrl}${path}`, {
        headers: { cookie: sessions[0]!.cookie },
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    });
  const readPaths: Record<(typeof readScenarioNames)[number], string[]> = {
    floor: ["/api/health"],
    board: boardPaths(scale),
    "search-en": searchPaths("en"),
    "search-ar": searchPaths("ar"),
    claim: claims.pages.map((id) => `/claims/${id}`),
    similar: similarPaths(context.seed),
    // each virtual user's own inbox: the first page, newest first (the bell's count is on every page)
    notifications: ["/notifications"],
    // each virtual user's own queue on the board, someone else's, the pool, what is overdue
    "board-assignee": assigneePaths(desk.reviewers.map((reviewer) => reviewer.id)),
  };
  const recorded = new Map<string, Awaited<ReturnType<typeof capture>>>();
  for (const path of [...Object.values(readPaths).flat(), `/claims/${busiestClaimId}`]) {
    recorded.set(path, await capture(path));
  }
  const emptyCapture = [...recorded].find(([, queries]) => queries.length === 0);
  if (emptyCapture)
    throw new Error(`No SQL was recorded for ${emptyCapture[0]}: is the recorder loaded?`);
  log(`Recorded the SQL of ${recorded.size} read requests`);
  const claimPageStatements = [...readPaths.claim, `/claims/${busiestClaimId}`]
    .map((path) => ({ most: recorded.get(path)!.length, path }))
    .reduce((a, b) => (b.most > a.most ? b : a));

  // ---- plans: the single-claim queries of claim pages and of both writes
  const writeSql: CapturedQuery[][] = [];
  // the comment write's bare-pg twin is the SQL its server action ran, replayed as recorded
  let commentReplay: ReplayableRequest | null = null;
  for (const { actionId, fields } of [
    { actionId: rateActionId, fields: { reliability: "B", credibility: "2", note: "" } },
    { actionId: commentActionId, fields: { parentId: "", body: "Plan check." } },
  ]) {
    const claimId = claims.rating[0]!;
    const request = claimPageActionRequest({
      baseUrl,
      actionId,
      claimId,
      cookie: sessions[0]!.cookie,
      fields: { claimId: String(claimId), ...fields },
    });
    let refusal: string | null = null;
    const queries = await captureSql(server, async () => {
      const response = await fetch(`${baseUrl}${request.path}`, fetchInit(request));
      refusal = actionRefusal(response.status, await response.text());
    });
    // the write scenario will show the error; the plans of the reads still get checked
    if (refusal) log(`A write for the plan check failed (${refusal}); its plans are left out`);
    else writeSql.push(queries);
    if (!refusal && actionId === commentActionId) commentReplay = replayable(queries);
  }
  const singleClaim = [`/claims/${busiestClaimId}`, ...readPaths.claim.slice(0, 4)].map((path) =>
    recorded.get(path)!,
  );
  const plans = await checkPlans({
    appUrl: context.appUrl,
    singleClaim: [...singleClaim, ...writeSql],
    print: context.explain
      ? [
          ...(selected("claim")
            ? [
                [
                  `claim page /claims/${busiestClaimId}`,
                  recorded.get(`/claims/${busiestClaimId}`)!,
                ] as [string, CapturedQuery[]],
              ]
            : []),
          ...(["board", "search-en", "search-ar", "similar"] as const)
            .filter(selected)
            .flatMap((scenario) => readPaths[scenario])
            .map((path): [string, CapturedQuery[]] => [path, recorded.get(path)!]),
        ]
      : [],
    title: `${scale} claims`,
  });
  log(
    `Checked ${plans.checked} single-claim query plans: ${plans.seqScans.length ? plans.seqScans.join(", ") : "no Seq Scan on ratings, comments or audit_events"}`,
  );

  // the ceiling's connections plan queries as the app's do
  const pools = barePools({
    connectionString: context.appUrl,
    options: connectionOptions(context.appUrl),
    max: settings.connections,
  });
  const scenarios: ScenarioResult[] = [];
  const timed = async (
    scenario: ScenarioName,
    run: () => Promise<Omit<ScenarioResult, "scenario" | "peakRssMb">>,
  ) => {
    if (!selected(scenario)) return;
    const started = Date.now();
    log(`Scenario ${scenario}…`);
    try {
      const result = await run();
      scenarios.push({
        scenario,
        ...result,
        peakRssMb: context.memory.peakMb(started, Date.now()),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`  ${scenario} failed: ${reason}`);
      scenarios.push({ scenario, failure: reason });
    }
    const last = scenarios.at(-1)!;
    if (last.app) {
      log(
        `  app ${last.app.rps.toFixed(1)} req/s, p95 ${last.app.latency.p95.toFixed(1)} ms, ${last.app.errors} errors` +
          (last.bare
            ? `; bare ${last.bare.rps.toFixed(1)} req/s, p95 ${last.bare.latency.p95.toFixed(1)} ms`
            : ""),
      );
    }
  };

  try {
    // ---- the floor of a page: the sign-in page, signed out; it reads no data, so no ceiling
    await timed("floor-page", async () => {
      const app = await runHttpLoad({
        baseUrl,
        settings,
        serverPid: server.pid,
        next: () => ({ path: "/login" }),
      });
      return { app: stripAccepted(app) };
    });

    // ---- reads: the app, then the same requests' SQL through bare pg
    for (const scenario of readScenarioNames) {
      await timed(scenario, async () => {
        const nextPath = cycle(readPaths[scenario]);
        const app = await runHttpLoad({
          baseUrl,
          settings,
          serverPid: server.pid,
          next: () => ({ path: nextPath(), headers: { cookie: nextSession().cookie } }),
        });
        const replays: ReplayableRequest[] = readPaths[scenario].map((path) =>
          replayable(recorded.get(path)!),
        );
        const nextReplay = cycle(replays);
        const bare = await runBareLoad({
          settings,
          task: () => replayRequest(pools, nextReplay()),
        });
        return { app: stripAccepted(app), bare };
      });
    }

    // ---- writes through the server actions, then the database must show each one
    await timed("rating", async () => {
      const mark = await markWrites(context.ownerUrl);
      const nextClaim = cycle(claims.rating);
      const grades = ["A", "B", "C", "D", "E", "F"];
      const app = await runHttpLoad({
        baseUrl,
        settings,
        serverPid: server.pid,
        next: (): HttpRequestSpec => {
          const claimId = nextClaim();
          return claimPageActionRequest({
            baseUrl,
            actionId: rateActionId,
            claimId,
            cookie: nextSession().cookie,
            fields: {
              claimId: String(claimId),
              reliability: claims.random.pick(grades),
              credibility: String(claims.random.int(1, 6)),
              note: "",
            },
          });
        },
        refuse: actionRefusal,
      });
      const check = await verifyWrites({
        ownerUrl: context.ownerUrl,
        kind: "rating",
        mark,
        accepted: app.accepted,
        inFlight: 2 * settings.connections,
      });
      const measured = withAuditMismatch(stripAccepted(app), check.mismatch);
      const bare = await runBareLoad({
        settings,
        task: (worker) =>
          bareRating(pools, {
            claimId: nextClaim(),
            reviewerId: sessions[worker % sessions.length]!.userId,
            random: claims.random,
            quorum: env.CLAIM_QUORUM,
          }),
      });
      return { app: measured, bare, notes: [check.line] };
    });

    await timed("comment", async () => {
      const mark = await markWrites(context.ownerUrl);
      const nextClaim = cycle(claims.comment);
      let written = 0;
      const app = await runHttpLoad({
        baseUrl,
        settings,
        serverPid: server.pid,
        next: () => {
          const claimId = nextClaim();
          return claimPageActionRequest({
            baseUrl,
            actionId: commentActionId,
            claimId,
            cookie: nextSession().cookie,
            fields: {
              claimId: String(claimId),
              parentId: "",
              body: `Bench comment ${++written}: the second source repeats the first one's wording.`,
            },
          });
        },
        refuse: actionRefusal,
      });
      const check = await verifyWrites({
        ownerUrl: context.ownerUrl,
        kind: "comment",
        mark,
        accepted: app.accepted,
        inFlight: 2 * settings.connections,
      });
      const measured = withAuditMismatch(stripAccepted(app), check.mismatch);
      const replay = commentReplay;
      // each worker as one of the signed-in reviewers, as the app's connections are
      const replays =
        replay && sessions.map((session) => replayAs(replay, sessions[0]!.userId, session.userId));
      const bare = replays
        ? await runBareLoad({
            settings,
            task: (worker) => replayRequest(pools, replays[worker % replays.length]!),
          })
        : undefined;
      return { app: measured, ...(bare ? { bare } : {}), notes: [check.line] };
    });

    await timed("export", async () => exportScenario(context, editor));
  } finally {
    await endBarePools(pools);
  }
  return { scenarios, plans, claimPageStatements, sessions, busiestClaimId };
}

function stripAccepted(measurement: LoadMeasurement & { accepted: number }): LoadMeasurement {
  const { accepted: _accepted, ...rest } = measurement;
  return rest;
}

function withAuditMismatch(measurement: LoadMeasurement, mismatch: number): LoadMeasurement {
  if (!mismatch) return measurement;
  return {
    ...measurement,
    errors: measurement.errors + mismatch,
    errorKinds: { ...measurement.errorKinds, "write without its audit event": mismatch },
  };
}

/** The editor downloads every claim as CSV, `exportRuns` times after one warm-up download. */
async function exportScenario(
  context: ScaleContext,
  editor: Session,
): Promise<Omit<ScenarioResult, "scenario" | "peakRssMb">> {
  const url = `${context.server.baseUrl}/api/export?format=csv&status=all`;
  const download = async () => {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie: editor.cookie } });
    const body = await response.arrayBuffer();
    return { response, bytes: body.byteLength, ms: performance.now() - started };
  };
  const first = await download();
  if (first.response.status === 404) {
    return { skipped: "GET /api/export answers 404: the export is not built yet" };
  }
  const times: number[] = [];
  const errorKinds: Record<string, number> = {};
  let rows = 0;
  let bytes = 0;
  for (let run = 0; run < context.exportRuns; run++) {
    const { response, ms, bytes: size } = await download();
    times.push(ms);
    bytes = size;
    rows = Number(response.headers.get("x-export-count") ?? -1);
    if (!response.ok)
      errorKinds[`HTTP ${response.status}`] = (errorKinds[`HTTP ${response.status}`] ?? 0) + 1;
    else if (rows !== context.desk.claimCount) {
      errorKinds["wrong claim count"] = (errorKinds["wrong claim count"] ?? 0) + 1;
    }
  }
  const seconds = times.reduce((a, b) => a + b, 0) / 1000;
  return {
    app: {
      requests: times.length,
      seconds,
      rps: times.length / seconds,
      latency: summariseLatencies(times),
      errors: Object.values(errorKinds).reduce((a, b) => a + b, 0),
      errorKinds,
    },
    notes: [`${rows} claims, ${(bytes / 1024 / 1024).toFixed(1)} MB of CSV per download`],
  };
}
