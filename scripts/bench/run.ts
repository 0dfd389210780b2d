/**
 * `npm run bench`: generates a desk per scale on its own database, builds and
 * starts the production server, drives it with 16 signed-in users per
 * scenario and the same queries through bare pg, samples the server's
 * memory, and prints one table per scale (and the scales side by side) with
 * its budgets: pages and writes as ratios of this run's own floors (issue
 * 23, ./ratio-budgets.ts), the rest absolute. Exit code 1 when one is missed.
 *
 *   --scale 1000,10000   claims per generated desk (default 10000)
 *   --seed 7             the generator's seed
 *   --duration 10        seconds of measured load per scenario (after --warmup 3)
 *   --connections 16     concurrent users
 *   --requests N         exactly N requests per scenario instead of timed rounds
 *   --explain            print EXPLAIN (ANALYZE, BUFFERS) of board, search, claim and
 *                        similar-claims queries
 *   --scenarios a,b      run only these scenarios (names as --help lists them: similar,
 *                        board, claim, …); the framework floor runs only when named
 *   --no-lighthouse      skip Lighthouse
 *   --no-framework-floor skip the separate Next.js app's two floors (built and
 *                        served on port + 10, once per run, at the last scale)
 *   --replica            serve reads from a logical replica on a second embedded
 *                        cluster (DATABASE_REPLICA_URL, db/replica.ts)
 *   --cpu-prof DIR       run the desk's server under `node --cpu-prof`, writing its
 *                        profile (.cpuprofile) into DIR when it stops (figures are
 *                        then slower: read the profile, not the table)
 *   --port 3200          the benchmarked server's port
 *   --out FILE           where the JSON goes (default bench/results/latest.json)
 *   --help               print this and the scenarios, and stop
 *
 * With DATABASE_URL set, the databases are made on that server instead of an
 * embedded PostgreSQL under .data/bench.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runChecks } from "@/scripts/bench/budgets";
import { cpuMsPerRequest, PAGE_FLOOR, runFloor } from "@/scripts/bench/ratio-budgets";
import {
  formatChecks,
  formatScaleTable,
  formatSideBySide,
  formatTable,
} from "@/scripts/bench/report";
import {
  frameworkFloorScenarios,
  scenarioLabels,
  scenarioNames,
  type BenchRun,
  type ScaleResult,
  type ScenarioName,
} from "@/scripts/bench/results";
import { openBenchDatabases } from "./database";
import { firstLoadJs } from "./first-load-js";
import { benchFrameworkFloor, buildFrameworkFloor } from "./framework-floor-bench";
import { startCpuShare } from "./cpu-share";
import { generateDesk } from "./generate";
import { runLighthouse } from "./lighthouse";
import { sampleMemory } from "./memory";
import { benchScale } from "./scale-run";
import { buildDesk, startDeskServer } from "./server";

export type BenchOptions = {
  scales: number[];
  seed: number;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** run exactly this many requests per round instead of timed rounds (the smoke test) */
  requests?: number;
  exportRuns: number;
  explain: boolean;
  /** only these scenarios; every one when unset */
  scenarios?: ScenarioName[];
  lighthouse: boolean;
  /** serve scripts/bench/framework-floor on port + 10 and load its two pages once */
  frameworkFloor: boolean;
  port: number;
  out: string;
  /** a second embedded cluster subscribed to the first, which the desk reads from */
  replica: boolean;
  /** where the desk's server writes a V8 CPU profile (`--cpu-prof`), when set */
  cpuProfileDir?: string;
  /** a server to make the benchmark databases on, instead of the embedded one */
  databaseUrl?: string;
  dataDir: string;
  log: (line: string) => void;
  /** print the options and scenarios instead of running */
  help?: boolean;
};

export const defaultOptions: BenchOptions = {
  scales: [10_000],
  seed: 7,
  connections: 16,
  warmupSeconds: 3,
  durationSeconds: 10,
  exportRuns: 3,
  explain: false,
  lighthouse: true,
  frameworkFloor: true,
  replica: false,
  port: 3200,
  out: path.join("bench", "results", "latest.json"),
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: path.resolve(".data", "bench"),
  log: (line) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`),
};

export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const { log } = options;
  const startedAt = new Date().toISOString();
  mkdirSync(options.dataDir, { recursive: true });
  const settings = {
    connections: options.connections,
    warmupSeconds: options.warmupSeconds,
    seconds: options.durationSeconds,
    requests: options.requests,
  };

  const only = options.scenarios ? new Set(options.scenarios) : undefined;
  const frameworkFloorWanted =
    options.frameworkFloor &&
    (!only || frameworkFloorScenarios.some((scenario) => only.has(scenario)));
  await buildDesk(log);
  if (frameworkFloorWanted) buildFrameworkFloor(log);
  const routes = firstLoadJs();
  const databases = await openBenchDatabases({
    dataDir: options.dataDir,
    externalUrl: options.databaseUrl,
    replica: options.replica,
    log,
  });
  const scales: ScaleResult[] = [];
  try {
    for (const [index, scale] of options.scales.entries()) {
      log(`${scale.toLocaleString("en")} claims: generating (seed ${options.seed})`);
      const database = await databases.create(scale);
      const desk = await generateDesk(database.ownerUrl, { scale, seed: options.seed, log });
      log(`Generated in ${desk.seconds.toFixed(1)} s`);

      // once per run, just before the desk it is read against, with the desk not running
      const last = index === options.scales.length - 1;
      const frameworkFloor =
        frameworkFloorWanted && last
          ? await benchFrameworkFloor({
              port: options.port + 10,
              dataDir: options.dataDir,
              settings,
              log,
            })
          : [];

      const replicaUrl = options.replica ? await databases.replicate(database.name) : undefined;
      const server = await startDeskServer({
        port: options.port,
        databaseUrl: database.appUrl,
        replicaUrl,
        cpuProfileDir: options.cpuProfileDir,
        authSecret: randomBytes(32).toString("base64url"),
        dataDir: options.dataDir,
        log,
      });
      const memory = sampleMemory(server.pid);
      const cpuShare = startCpuShare();
      let run: Awaited<ReturnType<typeof benchScale>>;
      let lighthouse: ScaleResult["lighthouse"];
      let memorySummary: ScaleResult["memory"];
      try {
        run = await benchScale({
          scale,
          seed: options.seed,
          desk,
          server,
          appUrl: database.appUrl,
          ownerUrl: database.ownerUrl,
          settings,
          memory,
          explain: options.explain,
          exportRuns: options.exportRuns,
          only,
          log,
        });
        if (options.lighthouse && last) {
          const claimPath = `/claims/${run.busiestClaimId}`;
          log("Lighthouse on the board and the busiest claim page…");
          lighthouse = await runLighthouse(
            [
              { page: "/claims", url: `${server.baseUrl}/claims` },
              { page: claimPath, url: `${server.baseUrl}${claimPath}` },
            ],
            run.sessions[0]!.cookie,
          ).catch((error: unknown) => {
            log(`Lighthouse did not run: ${error instanceof Error ? error.message : error}`);
            return undefined;
          });
        }
      } finally {
        memorySummary = memory.stop();
        await server.stop();
      }
      scales.push({
        scale,
        seed: options.seed,
        generated: { counts: desk.counts, seconds: desk.seconds },
        scenarios: [...frameworkFloor, ...run.scenarios],
        memory: memorySummary,
        plans: run.plans,
        claimPageStatements: run.claimPageStatements,
        otherCpuShare: cpuShare(),
        lighthouse,
      });
    }
  } finally {
    await databases.stop();
  }

  const checks = runChecks(scales, routes);
  const floor = runFloor(scales);
  const result: BenchRun = {
    startedAt,
    floor: floor && {
      scenario: PAGE_FLOOR,
      cpuMsPerRequest: cpuMsPerRequest(floor),
      p95Ms: floor.latency.p95,
    },
    machine: {
      cpus: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
    },
    settings: {
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
      replica: options.replica,
    },
    scales,
    firstLoadJs: routes,
    checks,
    pass: checks.every((check) => check.pass),
  };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

export function formatRun(run: BenchRun): string {
  const sections: string[] = [];
  const floor = runFloor(run.scales);
  for (const scale of run.scales) {
    const generated = Object.entries(scale.generated.counts)
      .map(([table, n]) => `${table} ${n.toLocaleString("en")}`)
      .join(", ");
    sections.push(
      `${scale.scale.toLocaleString("en")} claims (generated in ${scale.generated.seconds.toFixed(1)} s: ${generated})`,
      formatScaleTable(scale, floor),
    );
    const notes = scale.scenarios.flatMap((s) =>
      (s.notes ?? []).map((note) => `  ${s.scenario}: ${note}`),
    );
    const errors = scale.scenarios.flatMap((s) =>
      Object.entries(s.app?.errorKinds ?? {}).map(([kind, n]) => `  ${s.scenario}: ${n} × ${kind}`),
    );
    if (notes.length) sections.push(notes.join("\n"));
    if (errors.length) sections.push(`Errors:\n${errors.join("\n")}`);
    if (scale.otherCpuShare !== undefined) {
      const share = Math.round(scale.otherCpuShare * 100);
      sections.push(
        `Other processes used ${share}% of the machine's CPU time during this scale` +
          (share >= 10 ? ": the figures are pessimistic, run again on a quiet machine." : "."),
      );
    }
    for (const score of scale.lighthouse ?? []) {
      sections.push(
        `Lighthouse ${score.page}: performance ${score.performance}, accessibility ${score.accessibility}`,
      );
    }
  }
  if (run.scales.length > 1) sections.push("Side by side", formatSideBySide(run.scales));
  sections.push(
    "First-load JavaScript (gzip)",
    formatTable(
      ["route", "chunks", "kB"],
      run.firstLoadJs.map((r) => [r.route, String(r.files), r.gzipKb.toFixed(1)]),
      ["left", "right", "right"],
    ),
  );
  sections.push("Budgets", formatChecks(run.checks));
  sections.push(run.pass ? "All budgets met." : "Budgets missed: see FAIL above.");
  return sections.join("\n\n");
}

/** `--help`: the options (this file's header) and what each scenario requests. */
function usage(): string {
  const header = readFileSync(__filename, "utf8").split("*/")[0]!;
  const options = header
    .split("\n")
    .map((line) => line.replace(/^\s*\/?\*+ ?/, ""))
    .join("\n")
    .trim();
  const scenarios = scenarioNames.map((name) => `  ${name.padEnd(18)} ${scenarioLabels[name]}`);
  return `${options}\n\nScenarios:\n${scenarios.join("\n")}`;
}

function parseArguments(argv: string[]): BenchOptions {
  const options = { ...defaultOptions };
  const value = (i: number) => {
    const next = argv[i + 1];
    if (next === undefined) throw new Error(`${argv[i]} needs a value`);
    return next;
  };
  const positive = (text: string, name: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${name} must be a whole number ≥ 1, not ${text}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    switch (argv[i]) {
      case "--scale":
        options.scales = value(i)
          .split(",")
          .map((s) => positive(s.trim(), "--scale"));
        i++;
        break;
      case "--seed":
        options.seed = positive(value(i++), "--seed");
        break;
      case "--duration":
        options.durationSeconds = positive(value(i++), "--duration");
        break;
      case "--warmup":
        options.warmupSeconds = positive(value(i++), "--warmup");
        break;
      case "--connections":
        options.connections = positive(value(i++), "--connections");
        break;
      case "--requests":
        options.requests = positive(value(i++), "--requests");
        break;
      case "--export-runs":
        options.exportRuns = positive(value(i++), "--export-runs");
        break;
      case "--port":
        options.port = positive(value(i++), "--port");
        break;
      case "--out":
        options.out = value(i++);
        break;
      case "--cpu-prof":
        options.cpuProfileDir = path.resolve(value(i++));
        break;
      case "--explain":
        options.explain = true;
        break;
      case "--scenarios":
        options.scenarios = value(i++)
          .split(",")
          .map((name) => {
            const scenario = name.trim() as ScenarioName;
            if (!scenarioNames.includes(scenario)) {
              throw new Error(
                `--scenarios: no scenario ${name}; one of ${scenarioNames.join(", ")}`,
              );
            }
            return scenario;
          });
        break;
      case "--no-lighthouse":
        options.lighthouse = false;
        break;
      case "--replica":
        options.replica = true;
        break;
      case "--no-framework-floor":
        options.frameworkFloor = false;
        break;
      case "--help":
        options.help = true;
        break;
      default:
        throw new Error(`Unknown option ${argv[i]} (see the top of scripts/bench/run.ts)`);
    }
  }
  return options;
}

if (require.main === module) {
  (async () => {
    const options = parseArguments(process.argv.slice(2));
    if (options.help) {
      console.log(usage());
      return process.exit(0);
    }
    const run = await runBench(options);
    console.log(`\n${formatRun(run)}\n\nJSON: ${options.out}`);
    process.exit(run.pass ? 0 : 1);
  })().catch((error: unknown) => {
    console.error(
      `[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(2);
  });
}
