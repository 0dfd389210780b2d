import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * The database a command works on: DATABASE_URL when set, otherwise the local
 * desk that `npm start` runs (its embedded PostgreSQL must be running; the
 * command does not start one behind the user's back).
 */
export async function deskDatabaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const clusterDir = path.join(path.resolve(process.env.DESK_DATA_DIR ?? ".data"), "postgres");
  const cluster = readClusterSettings(clusterDir);
  if (!cluster) {
    throw new Error(
      "Set DATABASE_URL to the desk's database, or run this beside a desk started with `npm start`.",
    );
  }
  if (!(await isRunning(cluster.url("desk")))) {
    throw new Error(
      `The local desk's database (port ${cluster.port}) is not running. Start the desk with \`npm start\`, or set DATABASE_URL.`,
    );
  }
  return cluster.url("desk");
}

/** The superuser's way into the local cluster when `npm start` is running it, else null. */
export async function runningLocalCluster(clusterDir: string) {
  const cluster = readClusterSettings(clusterDir);
  return cluster && (await isRunning(cluster.url("postgres"))) ? cluster : null;
}

/** What the embedded cluster saved in its data directory: its port and superuser password. */
function readClusterSettings(clusterDir: string) {
  const settingsFile = path.join(clusterDir, "cluster.json");
  if (!existsSync(settingsFile)) return null;
  const { port, superuserPassword } = JSON.parse(readFileSync(settingsFile, "utf8")) as {
    port: number;
    superuserPassword: string;
  };
  return {
    port,
    url: (database: string) =>
      `postgres://postgres:${encodeURIComponent(superuserPassword)}@127.0.0.1:${port}/${database}`,
  };
}

async function isRunning(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
    return true;
  } catch {
    return false;
  } finally {
    await probe.end().catch(() => {});
  }
}
