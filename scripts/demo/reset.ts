/**
 * `npm run demo:reset [-- --yes]`: rebuilds the demo desk from scratch, as a
 * first start makes it: the database is dropped and made again, migrated,
 * and the demo seed loaded. It asks first on a terminal (y/N); `--yes`
 * answers for it, for scripts. Without a terminal and without `--yes` it
 * does nothing.
 *
 * Without DATABASE_URL it resets the local embedded desk in `.data/`
 * (DESK_DATA_DIR), whether or not `npm start` is running it: a running desk
 * loses its connections for a moment and serves the new demo. With
 * DATABASE_URL it resets that database only if it is plainly a demo database
 * (./reset-guard.ts), and otherwise refuses, so that no production desk can
 * be wiped by it.
 */
import { drizzle } from "drizzle-orm/node-postgres";
import path from "node:path";
import readline from "node:readline/promises";
import pg from "pg";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import { demoAccounts } from "@/lib/demo/accounts";
import { ensureAppLogin } from "../lib/app-login";
import { runningLocalCluster } from "../lib/desk-database-url";
import {
  chooseDemoPassword,
  demoCredentialsFile,
  writeDemoCredentials,
} from "../lib/demo-credentials";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../lib/embedded-postgres";
import { redactUrl } from "../lib/redact";
import { externalResetRefusal } from "./reset-guard";
import { seedDemoDesk } from "./seed";

const DESK_DATABASE = "desk";

type Target = {
  /** what the question and the log call it */
  description: string;
  /** makes the database empty again; returns the owner's URL of it */
  wipe: () => Promise<string>;
  /** after the migrations: what the app needs to connect */
  afterMigrations: (ownerUrl: string) => Promise<void>;
  done: () => Promise<void>;
};

async function main() {
  const yes = process.argv.slice(2).some((arg) => arg === "--yes" || arg === "-y");
  const dataDir = path.resolve(process.env.DESK_DATA_DIR ?? ".data");
  const target = process.env.DATABASE_URL
    ? await externalTarget(process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL)
    : await localTarget(dataDir);
  try {
    if (!yes && !(await confirmed(target.description))) {
      console.log("Nothing was changed.");
      return;
    }
    const ownerUrl = await target.wipe();
    await migrateDatabase(ownerUrl);
    await target.afterMigrations(ownerUrl);
    const password = chooseDemoPassword(demoCredentialsFile(dataDir));
    const pool = new pg.Pool({ connectionString: ownerUrl, max: 2 });
    try {
      const started = performance.now();
      await seedDemoDesk(drizzle({ client: pool, schema }), password);
      console.log(
        `Loaded the demo desk into ${target.description} in ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
    } finally {
      await pool.end();
    }
    writeDemoCredentials(demoCredentialsFile(dataDir), password);
    console.log(`Demo accounts (password ${password}):`);
    for (const account of demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email}`);
  } finally {
    await target.done();
  }
}

/** The embedded desk of `npm start`: the running one, or started here for the reset. */
async function localTarget(dataDir: string): Promise<Target> {
  const clusterDir = path.join(dataDir, "postgres");
  let cluster: EmbeddedCluster | undefined;
  const running = await runningLocalCluster(clusterDir);
  if (!running) cluster = await startEmbeddedPostgres({ dataDir: clusterDir });
  const maintenanceUrl = running ? running.url("postgres") : cluster!.url();
  return {
    description: `the local demo desk (${displayPath(clusterDir)})`,
    wipe: async () => {
      const client = new pg.Client({ connectionString: maintenanceUrl });
      await client.connect();
      try {
        // FORCE: a running desk's connections are ended; its pool opens new ones
        await client.query(`drop database if exists ${DESK_DATABASE} with (force)`);
        await client.query(`create database ${DESK_DATABASE}`);
      } finally {
        await client.end();
      }
      return onDatabase(maintenanceUrl, DESK_DATABASE);
    },
    // the app's login role outlives the database; a new cluster gets it as npm start gives it
    afterMigrations: async (ownerUrl) => {
      await ensureAppLogin(ownerUrl, path.join(clusterDir, "app-login.secret"));
    },
    done: async () => {
      await cluster?.stop();
    },
  };
}

/** DATABASE_URL's database, only when it is plainly a demo database. */
async function externalTarget(ownerUrl: string): Promise<Target> {
  const name = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
  // the name first: a database not named as a demo is not even connected to
  const refusal =
    externalResetRefusal({ name, accountEmails: [] }) ??
    externalResetRefusal({ name, accountEmails: await accountEmails(ownerUrl) });
  if (refusal) {
    throw new Error(
      `${refusal} (DATABASE_URL is ${redactUrl(ownerUrl)}; unset it to reset the local desk.)`,
    );
  }
  return {
    description: `the demo database ${redactUrl(ownerUrl)}`,
    wipe: async () => {
      const client = new pg.Client({ connectionString: ownerUrl });
      await client.connect();
      try {
        // the database itself may not be ours to drop; everything in it is
        await client.query("drop schema if exists drizzle cascade");
        await client.query("drop schema if exists public cascade");
        await client.query("create schema public");
      } finally {
        await client.end();
      }
      return ownerUrl;
    },
    afterMigrations: async () => {},
    done: async () => {},
  };
}

async function accountEmails(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>("select email from users");
    return rows.map((row) => row.email);
  } catch (error) {
    // a database the desk was never migrated into has no accounts to protect
    if ((error as { code?: string }).code === "42P01") return [];
    throw error;
  } finally {
    await client.end();
  }
}

async function confirmed(description: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    throw new Error(
      `demo:reset deletes everything in ${description}. Without a terminal to ask, ` +
        "run it with --yes (npm run demo:reset -- --yes).",
    );
  }
  const terminal = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await terminal.question(
      `This deletes everything in ${description} (accounts, reports, claims, the audit trail) ` +
        "and loads the demo desk again. Continue? [y/N] ",
    );
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    terminal.close();
  }
}

/** A path as the person typing the command would write it. */
function displayPath(dir: string) {
  const relative = path.relative(process.cwd(), dir);
  return relative.startsWith("..") ? dir : relative;
}

function onDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
