/**
 * The framework floor: a separate Next.js app (scripts/bench/framework-floor,
 * nothing of the desk in it) served with `next start` next to the desk, and
 * loaded the way the desk's floors are. Its two pages say how much of a desk
 * page's time the framework takes by itself on this machine: a one-line
 * page, and the board's markup (24 cards and a 164-option menu as client
 * components fed with fixed data) without data access or sign-in.
 */
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { frameworkFloorScenarios, type ScenarioResult } from "@/scripts/bench/results";
import { runHttpLoad, type LoadSettings } from "./load";
import { sampleMemory } from "./memory";
import { newestChange } from "@/scripts/lib/build-if-needed";
import { startNextServer, type NextServer } from "./server";

export const FRAMEWORK_FLOOR_DIR = path.join(__dirname, "framework-floor");

const floorPages: Record<(typeof frameworkFloorScenarios)[number], string> = {
  "floor-next-line": "/",
  "floor-next-board": "/board",
};

const sources = ["app", "proxy.ts", "next.config.ts", "tsconfig.json"];

/**
 * Builds the app when it has no build or a source is newer than it, as the
 * desk's build check does; a new lockfile (another Next.js) counts as a change.
 */
export function buildFrameworkFloor(log: (line: string) => void) {
  const buildId = path.join(FRAMEWORK_FLOOR_DIR, ".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(
    newestChange(path.join(FRAMEWORK_FLOOR_DIR, "..", "..", "..", "package-lock.json")),
    ...sources.map((source) => newestChange(path.join(FRAMEWORK_FLOOR_DIR, source))),
  );
  if (builtAt > changedAt) return;
  log("Building the framework floor's app (scripts/bench/framework-floor)");
  const started = Date.now();
  try {
    execFileSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      cwd: FRAMEWORK_FLOOR_DIR,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
  } catch (error) {
    // the build's output only matters when it fails: show its end
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    const tail = `${stdout ?? ""}${stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
    throw new Error(`The framework floor's app did not build:\n${tail}`);
  }
  log(`Built the framework floor in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export function startFrameworkFloor(options: {
  port: number;
  dataDir: string;
  log: (line: string) => void;
}): Promise<NextServer> {
  return startNextServer({
    name: "The framework floor",
    cwd: FRAMEWORK_FLOOR_DIR,
    port: options.port,
    logFile: path.join(options.dataDir, `framework-floor-${options.port}.log`),
    readyPath: "/",
    log: options.log,
  });
}

/** Both pages under the bench's load, with the server's CPU and peak RSS. */
export async function loadFrameworkFloor(
  server: NextServer,
  settings: LoadSettings,
  log: (line: string) => void,
): Promise<ScenarioResult[]> {
  const memory = sampleMemory(server.pid);
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of frameworkFloorScenarios) {
      const pagePath = floorPages[scenario];
      log(`Scenario ${scenario}…`);
      const started = Date.now();
      try {
        const page = await fetch(`${server.baseUrl}${pagePath}`);
        const html = await page.text();
        if (!page.ok) throw new Error(`GET ${pagePath} answered ${page.status}`);
        const { accepted: _accepted, ...app } = await runHttpLoad({
          baseUrl: server.baseUrl,
          settings,
          serverPid: server.pid,
          next: () => ({ path: pagePath }),
        });
        results.push({
          scenario,
          app,
          peakRssMb: memory.peakMb(started, Date.now()),
          notes: [
            `${pagePath} of scripts/bench/framework-floor, ${Math.round(Buffer.byteLength(html) / 1024)} kB of HTML, measured once per run`,
          ],
        });
        log(
          `  app ${app.rps.toFixed(1)} req/s, p95 ${app.latency.p95.toFixed(1)} ms, ${app.errors} errors`,
        );
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log(`  ${scenario} failed: ${reason}`);
        results.push({ scenario, failure: reason });
      }
    }
  } finally {
    memory.stop();
  }
  return results;
}

/**
 * Start, load both pages, stop: what `npm run bench` does once per run. A
 * server that does not start fails both rows (and so the run), not the bench.
 */
export async function benchFrameworkFloor(options: {
  port: number;
  dataDir: string;
  settings: LoadSettings;
  log: (line: string) => void;
}): Promise<ScenarioResult[]> {
  let server: NextServer;
  try {
    server = await startFrameworkFloor(options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.log(reason);
    return frameworkFloorScenarios.map((scenario) => ({ scenario, failure: reason }));
  }
  try {
    return await loadFrameworkFloor(server, options.settings, options.log);
  } finally {
    await server.stop();
  }
}
