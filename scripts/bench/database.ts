/**
 * The benchmark's own databases: one per scale (desk_bench_<scale>), made
 * fresh and migrated for every run. They live on an embedded PostgreSQL under
 * .data/bench, apart from the desk's .data and the tests' clusters, or, when
 * DATABASE_URL is given, on that server (which must let its user create
 * databases; the database named in the URL is never touched).
 */
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedCluster } from "@/scripts/lib/embedded-postgres";
import { migrateDatabase } from "@/db/migrate";
import { ensureAppLogin } from "@/scripts/lib/app-login";

export type BenchDatabases = {
  /** a fresh, migrated database for `scale`; returns the owner's and the app's URLs */
  create(scale: number): Promise<{ name: string; ownerUrl: string; appUrl: string }>;
  stop(): Promise<void>;
};

function onDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function recreate(maintenanceUrl: string, name: string) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const database = client.escapeIdentifier(name);
    await client.query(`drop database if exists ${database} with (force)`);
    await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
}

export async function openBenchDatabases(options: {
  dataDir: string;
  externalUrl?: string;
  log: (line: string) => void;
}): Promise<BenchDatabases> {
  let cluster: EmbeddedCluster | undefined;
  let maintenanceUrl: string;
  if (options.externalUrl) {
    maintenanceUrl = options.externalUrl;
  } else {
    const postgresDir = path.join(options.dataDir, "postgres");
    options.log(`Starting the benchmark's embedded PostgreSQL (data in ${postgresDir})`);
    cluster = await startEmbeddedPostgres({ dataDir: postgresDir, preferredPort: 54400 });
    maintenanceUrl = cluster.url();
  }
  return {
    async create(scale) {
      const name = `desk_bench_${scale}`;
      await recreate(maintenanceUrl, name);
      const ownerUrl = onDatabase(maintenanceUrl, name);
      await migrateDatabase(ownerUrl);
      // embedded: the app connects as the least-privileged login role, as in production;
      // on a given server the app uses the URL's own user, so no role is created there
      const appUrl = cluster
        ? await ensureAppLogin(ownerUrl, path.join(options.dataDir, "postgres", "app-login.secret"))
        : ownerUrl;
      return { name, ownerUrl, appUrl };
    },
    async stop() {
      await cluster?.stop();
    },
  };
}
