/**
 * A desk to break on purpose: a fresh embedded PostgreSQL in its own data
 * directory (migrated, with the demo desk plus extra reviewers and claims),
 * and production app servers started against it the way a deployment does,
 * `scripts/start.ts` with DATABASE_URL set. That path is the one under
 * test: it waits for the database, checks the schema and runs `next start`.
 *
 * Everything a run starts it stops, by pid (each app server runs in its own
 * process group, so `next start` goes with its parent).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedCluster } from "@/scripts/lib/embedded-postgres";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import { seedDemoDesk } from "@/scripts/demo/seed";
import { hashPassword } from "@/lib/auth/password";
import { ensureAppLogin } from "../lib/app-login";
import { buildIfNeeded } from "../lib/build-if-needed";
import { ensureDatabase } from "../lib/ensure-database";

/** Every account these runs make, demo ones included, signs in with this. */
export const TEST_PASSWORD = "desk-under-test-password";

export type Account = { id: string; email: string };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds once up front, so no app server start pays for it (or races another). */
export function ensureProductionBuild(log: (line: string) => void) {
  buildIfNeeded(log);
}

export class TestDatabase {
  private constructor(
    readonly dataDir: string,
    private cluster: EmbeddedCluster | null,
    readonly port: number,
    /** the superuser on the desk database: for seeding and checking */
    readonly superUrl: string,
    /** the app's least-privileged login, what app servers connect with */
    readonly appUrl: string,
  ) {}

  /** Wipes `dataDir` and starts a new cluster there with the desk's schema and demo data. */
  static async fresh(dataDir: string, preferredPort: number): Promise<TestDatabase> {
    const root = path.resolve(dataDir);
    rmSync(root, { recursive: true, force: true });
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(root, "postgres"),
      preferredPort,
    });
    await ensureDatabase(cluster.url(), "desk");
    const ownerUrl = cluster.url("desk");
    await migrateDatabase(ownerUrl);
    const appUrl = await ensureAppLogin(ownerUrl, path.join(root, "postgres", "app-login.secret"));
    const pool = new pg.Pool({ connectionString: ownerUrl, max: 2 });
    try {
      await seedDemoDesk(drizzle({ client: pool, schema }), TEST_PASSWORD);
    } finally {
      await pool.end();
    }
    return new TestDatabase(root, cluster, cluster.port, ownerUrl, appUrl);
  }

  get clusterDir() {
    return path.join(this.dataDir, "postgres", "cluster");
  }

  /** Runs `work` on a superuser connection of its own. */
  async withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({
      connectionString: this.superUrl,
      connectionTimeoutMillis: 5_000,
    });
    client.on("error", () => {}); // a fault injected under it; the query in flight fails anyway
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end().catch(() => {});
    }
  }

  /** `count` reviewers sharing one password hash (one argon2 run, not `count`). */
  async createReviewers(count: number, tag: string): Promise<Account[]> {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    return this.withClient(async (client) => {
      const { rows } = await client.query<Account>(
        `insert into users (email, display_name, role, password_hash)
         select format('reviewer-%s-%s@desk-under-test.example', $1::text, n),
                format('Reviewer %s %s', $1::text, n), 'reviewer', $2
           from generate_series(1, $3::int) as n
         returning id, email`,
        [tag, passwordHash, count],
      );
      return rows.sort((a, b) => a.email.localeCompare(b.email, "en", { numeric: true }));
    });
  }

  /** `count` claims of their own on the first demo report, with no verdict to lock ratings. */
  async createClaims(count: number, tag: string): Promise<number[]> {
    return this.withClient(async (client) => {
      const { rows } = await client.query<{ id: number }>(
        `insert into claims (report_id, statement, quote, quote_language, anchor_exact)
         select (select min(id) from reports), format('Claim %s %s under test', $1::text, n),
                'اقتباس للاختبار', 'ar', 'اقتباس للاختبار'
           from generate_series(1, $2::int) as n
         returning id`,
        [tag, count],
      );
      return rows.map((row) => row.id).sort((a, b) => a - b);
    });
  }

  async account(email: string): Promise<Account> {
    return this.withClient(async (client) => {
      const { rows } = await client.query<Account>("select id, email from users where email = $1", [
        email,
      ]);
      if (!rows[0]) throw new Error(`No account ${email}`);
      return rows[0];
    });
  }

  /** Fast shutdown (SIGINT): for the "database down at start" case. */
  async stop() {
    await this.cluster?.stop();
    this.cluster = null;
  }

  /**
   * SIGKILLs the postmaster named in postmaster.pid, as a crash or the OOM
   * killer would, and waits until its children (backends, checkpointer…)
   * have noticed and exited, so a restart finds the shared memory free.
   * Returns the time of the kill.
   */
  async kill(): Promise<number> {
    const pid = Number(
      readFileSync(path.join(this.clusterDir, "postmaster.pid"), "utf8").split("\n")[0],
    );
    const children = childrenOf(pid);
    process.kill(pid, "SIGKILL");
    const killedAt = performance.now();
    // the EmbeddedPostgres handle of the killed server would wait forever for an exit it missed
    this.cluster = null;
    for (let waited = 0; [pid, ...children].some(isAlive); waited += 50) {
      if (waited > 15_000) throw new Error(`postgres children of ${pid} still alive after 15 s`);
      await sleep(50);
    }
    return killedAt;
  }

  /** Starts the cluster again on the same data directory (crash recovery runs) and port. */
  async start() {
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(this.dataDir, "postgres"),
      preferredPort: this.port,
    });
    this.cluster = cluster;
    if (cluster.port !== this.port) {
      throw new Error(`the cluster came back on port ${cluster.port}, not ${this.port}`);
    }
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function childrenOf(pid: number): number[] {
  if (!existsSync("/proc")) return [];
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ")"
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

export function newAuthSecret() {
  return randomBytes(32).toString("base64url");
}

/** A production app server (`scripts/start.ts` → `next start`) and what it logged. */
export class AppServer {
  readonly lines: string[] = [];
  private readonly child: ChildProcess;
  private exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private stopping = false;

  private constructor(
    readonly name: string,
    readonly port: number,
    env: Record<string, string>,
  ) {
    this.child = spawn(
      process.execPath,
      [require.resolve("tsx/cli"), "--conditions=react-server", "scripts/start.ts"],
      {
        env: { ...process.env, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
        stdio: ["ignore", "pipe", "pipe"],
        // its own process group: stop() ends `next start` with it, by group id
        detached: true,
      },
    );
    const echo = process.env.DESK_TEST_VERBOSE === "1";
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      let partial = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        const parts = (partial + chunk).split("\n");
        partial = parts.pop() ?? "";
        for (const line of parts) {
          this.lines.push(line);
          if (echo) console.log(`  [${this.name}] ${line}`);
        }
      });
    }
    this.child.on("exit", (code, signal) => {
      this.exit = { code, signal };
      if (!this.stopping) console.error(`  [${this.name}] exited unexpectedly (${code ?? signal})`);
    });
  }

  static async start(options: {
    name: string;
    port: number;
    databaseUrl: string;
    authSecret: string;
    env?: Record<string, string>;
  }): Promise<AppServer> {
    if (!(await portIsFree(options.port))) {
      throw new Error(`port ${options.port} is taken: is an earlier run still going?`);
    }
    return new AppServer(options.name, options.port, {
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: options.authSecret,
      DEMO: "",
      DATABASE_POOL_SIZE: "10",
      // the fault and load runs write as fast as the server answers, from a few accounts
      RATE_LIMIT_SCALE: "1000",
      ...options.env,
    });
  }

  get baseUrl() {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid() {
    return this.child.pid!;
  }

  /** Still running, as started: it never crashed or restarted. */
  get running() {
    return this.exit === null;
  }

  /** Lines that mean the process hit an error nobody handled (Next logs those instead of exiting). */
  get uncaughtErrors(): string[] {
    return this.lines.filter((line) => /uncaughtException|unhandledRejection/.test(line));
  }

  async waitForLine(pattern: RegExp, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.find((l) => pattern.test(l));
      if (line) return line;
      if (!this.running) throw new Error(`${this.name} exited before logging ${pattern}`);
      if (Date.now() > deadline)
        throw new Error(`${this.name} did not log ${pattern} in ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  /** Resolves when /api/health answers 200 (database up, schema current). */
  async waitUntilHealthy(timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) throw new Error(`${this.name} exited while starting:\n${this.tail()}`);
      try {
        const response = await fetch(`${this.baseUrl}/api/health`, {
          signal: AbortSignal.timeout(5_000),
        });
        await response.arrayBuffer();
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        throw new Error(`${this.name} was not healthy within ${timeoutMs} ms:\n${this.tail()}`);
      }
      await sleep(250);
    }
  }

  tail(count = 25) {
    return this.lines
      .slice(-count)
      .map((line) => `    ${line}`)
      .join("\n");
  }

  async stop() {
    if (!this.running) return;
    this.stopping = true;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    try {
      process.kill(-this.pid, "SIGTERM");
    } catch {
      return;
    }
    const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!done) process.kill(-this.pid, "SIGKILL");
    // `next start` may outlive start.ts by a moment: let the group go before the port is reused
    for (let waited = 0; waited < 5_000 && groupAlive(this.pid); waited += 100) await sleep(100);
    if (groupAlive(this.pid)) process.kill(-this.pid, "SIGKILL");
  }
}

function groupAlive(groupId: number) {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}
