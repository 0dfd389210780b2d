/**
 * Builds the production server when needed (the same check as `npm start`)
 * and runs `next start` against a benchmark database, with the SQL recorder
 * preloaded (inert until the bench signals it). Output goes to a log file;
 * the last lines are shown if the server fails to start. The framework
 * floor's app (framework-floor-bench.ts) is served the same way.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "@/scripts/lib/build-if-needed";
import { productionServerNodeFlags } from "@/scripts/lib/server-memory";

export type DeskServer = NextServer & { captureFile: string };

/**
 * `npm start`'s build check. Next refuses to build while another build holds
 * .next/lock (an e2e run or `npm start` in another terminal): wait for it,
 * since that build may well leave nothing to do.
 */
export async function buildDesk(log: (line: string) => void) {
  const lock = path.join(".next", "lock");
  for (let waited = 0; existsSync(lock) && waited < 300; waited += 2) {
    if (waited === 0) log("Another `next build` is running: waiting for it to finish");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  buildIfNeeded(log);
}

export async function startDeskServer(options: {
  port: number;
  databaseUrl: string;
  /** a read replica (DATABASE_REPLICA_URL) for the board, search, dashboard and exports */
  replicaUrl?: string;
  /** `node --cpu-prof` into this directory (the profile is written as the server stops) */
  cpuProfileDir?: string;
  authSecret: string;
  dataDir: string;
  log: (line: string) => void;
}): Promise<DeskServer> {
  const captureFile = path.join(options.dataDir, `sql-capture-${options.port}.json`);
  const server = await startNextServer({
    name: "The desk",
    port: options.port,
    logFile: path.join(options.dataDir, `server-${options.port}.log`),
    readyPath: "/api/health",
    nodeFlags: [
      "--require",
      path.join(__dirname, "sql-capture-preload.cjs"),
      ...(options.cpuProfileDir ? ["--cpu-prof", "--cpu-prof-dir", options.cpuProfileDir] : []),
    ],
    env: {
      DATABASE_URL: options.databaseUrl,
      ...(options.replicaUrl ? { DATABASE_REPLICA_URL: options.replicaUrl } : {}),
      AUTH_SECRET: options.authSecret,
      AUTH_TRUST_HOST: "true",
      BENCH_SQL_CAPTURE_FILE: captureFile,
      // 16 reviewers commenting as fast as the server answers: no person's pace
      RATE_LIMIT_SCALE: "100000",
    },
    log: options.log,
  });
  return { ...server, captureFile };
}

export type NextServer = { baseUrl: string; pid: number; stop(): Promise<void> };

/**
 * `next start` of the app in `cwd` (the desk by default), in production
 * mode with the production server's V8 flags, ready once `readyPath`
 * answers 2xx.
 */
export async function startNextServer(options: {
  name: string;
  port: number;
  logFile: string;
  readyPath: string;
  cwd?: string;
  nodeFlags?: string[];
  env?: Record<string, string>;
  log: (line: string) => void;
}): Promise<NextServer> {
  const { logFile } = options;
  const output = createWriteStream(logFile);
  const server: ChildProcess = spawn(
    process.execPath,
    [
      ...productionServerNodeFlags,
      ...(options.nodeFlags ?? []),
      require.resolve("next/dist/bin/next"),
      "start",
      "--port",
      String(options.port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        ...options.env,
      },
    },
  );
  server.stdout!.pipe(output);
  server.stderr!.pipe(output);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const baseUrl = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (hasExited) return;
    server.kill("SIGTERM");
    const timeout = new Promise<"timeout">((resolve) =>
      setTimeout(() => resolve("timeout"), 10_000),
    );
    if ((await Promise.race([exited, timeout])) === "timeout") server.kill("SIGKILL");
    await exited;
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (hasExited || Date.now() > deadline) {
      await stop();
      const tail = readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n");
      throw new Error(`${options.name} did not start on ${baseUrl} (log ${logFile}):\n${tail}`);
    }
    try {
      const response = await fetch(`${baseUrl}${options.readyPath}`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  options.log(`${options.name} is serving on ${baseUrl} (pid ${server.pid}, log ${logFile})`);
  return { baseUrl, pid: server.pid!, stop };
}
