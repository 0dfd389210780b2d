import { drizzle } from "drizzle-orm/node-postgres";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedCluster } from "@/scripts/lib/embedded-postgres";
import { auditTamperPowers } from "@/db/audit-guard";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import { readSchemaVersion } from "@/db/schema-version";
import { demoAccounts, isEmptyDesk, seedDemoDesk } from "@/scripts/demo/seed";
import { ensureAppLogin } from "./app-login";
import { demoCredentialsFile, savedDemoPassword, writeDemoCredentials } from "./demo-credentials";
import { ensureDatabase } from "./ensure-database";
import { redactUrl } from "./redact";
import { waitForDatabase } from "./wait-for-database";

export type PreparedDatabase = {
  /** what the web app connects with */
  appUrl: string;
  demo: boolean;
  cluster?: EmbeddedCluster;
  demoCredentials?: { accounts: typeof demoAccounts; password: string; file: string };
};

const log = (line: string) => console.log(`[desk] ${line}`);

/**
 * Gets a database ready for the app. Without DATABASE_URL: the embedded
 * cluster under `dataDir`, migrated, with demo data on first start. With it:
 * that database as it is; the app refuses a schema that is behind.
 */
export async function prepareDatabase(dataDir: string): Promise<PreparedDatabase> {
  const externalUrl = process.env.DATABASE_URL;
  const demo = !externalUrl || ["1", "true"].includes(process.env.DEMO ?? "");

  let appUrl: string;
  let ownerUrl: string;
  let cluster: EmbeddedCluster | undefined;
  if (externalUrl) {
    await waitForDatabase(externalUrl, Number(process.env.DATABASE_WAIT_SECONDS ?? 60), log);
    appUrl = ownerUrl = externalUrl;
    await refuseIfSchemaBehind(externalUrl);
    await refuseIfRoleMayRewriteAudit(externalUrl);
  } else {
    log(`Starting the embedded PostgreSQL (data in ${path.join(dataDir, "postgres")})`);
    cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres") });
    await ensureDatabase(cluster.url(), "desk");
    ownerUrl = cluster.url("desk");
    await migrateDatabase(ownerUrl);
    appUrl = await ensureAppLogin(ownerUrl, path.join(dataDir, "postgres", "app-login.secret"));
    log(`PostgreSQL is up on 127.0.0.1:${cluster.port}, schema migrated`);
  }

  if (!demo) return { appUrl, demo, cluster };
  const demoCredentials = await loadDemoDataOnce(ownerUrl, dataDir, {
    external: !!externalUrl,
    allowedOnExternal: ["1", "true"].includes(process.env.DEMO_ALLOW_ON_EXTERNAL ?? ""),
  });
  return { appUrl, demo, cluster, demoCredentials };
}

async function refuseIfSchemaBehind(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const version = await readSchemaVersion(client);
    if (version.behind) {
      throw new Error(
        `The database at ${redactUrl(url)} has schema ${version.applied ?? "(none)"}, ` +
          `but this version of the desk needs ${version.expected}. ` +
          "Run `npm run db:migrate` (as the database owner) and start again.",
      );
    }
  } finally {
    await client.end();
  }
}

/**
 * The app's role must not be able to rewrite the audit trail: a desk whose
 * web process could disable the trail's triggers keeps a trail nobody can
 * rely on. Run the migrations as the owner, and the desk as a member of
 * desk_app (README, "Deploying on a real PostgreSQL").
 */
export async function refuseIfRoleMayRewriteAudit(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const powers = await auditTamperPowers(client);
    if (powers.length > 0) {
      throw new Error(
        `The database role in DATABASE_URL could rewrite the audit trail unseen (${powers.join("; ")}). ` +
          "Start the desk with a login role that is a member of desk_app only " +
          "(create role desk_web login password '…' in role desk_app); " +
          "keep the owner for `npm run db:migrate` (DATABASE_OWNER_URL).",
      );
    }
  } finally {
    await client.end();
  }
}

async function loadDemoDataOnce(
  url: string,
  dataDir: string,
  where: { external: boolean; allowedOnExternal: boolean },
) {
  const file = demoCredentialsFile(dataDir);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const db = drizzle({ client: pool, schema });
    if (await isEmptyDesk(db)) {
      // the demo admin's email is public and its password printed at every start: on a
      // database someone else may reach, that is an open door unless asked for in so many words
      if (where.external && !where.allowedOnExternal) {
        throw new Error(
          `DEMO=1 would create the demo accounts (admin@demo.test among them, its password printed at every start) in the database at ${redactUrl(url)}. ` +
            "Create the first admin with `npm run create-admin` instead, or set DEMO_ALLOW_ON_EXTERNAL=1 if this database is a throwaway demo.",
        );
      }
      // a new desk gets a new password unless DEMO_PASSWORD names one
      const password = process.env.DEMO_PASSWORD || randomBytes(9).toString("base64url");
      log("Empty database: loading the demo desk (6 reports, their claims and work, 5 accounts)");
      const started = performance.now();
      await seedDemoDesk(db, password);
      log(`Demo desk loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      writeDemoCredentials(file, password);
      return { accounts: demoAccounts, password, file };
    }
    const saved = savedDemoPassword(file);
    return { accounts: demoAccounts, password: saved ?? "(see DEMO_PASSWORD or reset it)", file };
  } finally {
    await pool.end();
  }
}
