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
  const dataDir = path.resolve(process.env.DESK_DATA_DIR ?? ".data");
  const settingsFile = path.join(dataDir, "postgres", "cluster.json");
  if (!existsSync(settingsFile)) {
    throw new Error(
      "Set DATABASE_URL to the desk's database, or run this beside a desk started with `npm start`.",
    );
  }
  const { port, superuserPassword } = JSON.parse(readFileSync(settingsFile, "utf8")) as {
    port: number;
    superuserPassword: string;
  };
  const url = `postgres://postgres:${encodeURIComponent(superuserPassword)}@127.0.0.1:${port}/desk`;
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
  } catch {
    throw new Error(
      `The local desk's database (port ${port}) is not running. Start the desk with \`npm start\`, or set DATABASE_URL.`,
    );
  } finally {
    await probe.end().catch(() => {});
  }
  return url;
}
