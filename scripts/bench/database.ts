/**
 * The benchmark's own databases: one per scale (desk_bench_<scale>), made
 * fresh and migrated for every run. They live on an embedded PostgreSQL under
 * .data/bench, apart from the desk's .data and the tests' clusters, or, when
 * DATABASE_URL is given, on that server (which must let its user create
 * databases; the database named in the URL is never touched). With
 * `replica`, a second embedded cluster under .data/bench/postgres-replica
 * holds a migrated copy of each database, subscribed to the first by logical
 * replication once the desk is generated (so the first copy is one bulk load).
 */
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedCluster } from "@/scripts/lib/embedded-postgres";
import { migrateDatabase } from "@/db/migrate";
import { ensureAppLogin } from "@/scripts/lib/app-login";
import { subscribeReplica, unsubscribeReplica } from "@/scripts/lib/logical-replica";

export type BenchDatabases = {
  /** a fresh, migrated database for `scale`; returns the owner's and the app's URLs */
  create(scale: number): Promise<{ name: string; ownerUrl: string; appUrl: string }>;
  /** subscribes the replica's copy of `name` and returns the app's URL on it (with `replica`) */
  replicate(name: string): Promise<string>;
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
    // a subscription left by an interrupted --replica run holds a slot that blocks the drop
    await client.query(
      "select pg_drop_replication_slot(slot_name) from pg_replication_slots where database = $1 and not active",
      [name],
    );
    await client.query(`drop database if exists ${database} with (force)`);
    await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
}

export async function openBenchDatabases(options: {
  dataDir: string;
  externalUrl?: string;
  replica?: boolean;
  log: (line: string) => void;
}): Promise<BenchDatabases> {
  let cluster: EmbeddedCluster | undefined;
  let replica: EmbeddedCluster | undefined;
  let maintenanceUrl: string;
  if (options.externalUrl) {
    if (options.replica)
      throw new Error("--replica runs on the embedded clusters: unset DATABASE_URL");
    maintenanceUrl = options.externalUrl;
  } else {
    const postgresDir = path.join(options.dataDir, "postgres");
    options.log(`Starting the benchmark's embedded PostgreSQL (data in ${postgresDir})`);
    cluster = await startEmbeddedPostgres({
      dataDir: postgresDir,
      preferredPort: 54400,
      // a publisher needs it; without a replica the usual level, so runs compare
      settings: options.replica ? { wal_level: "logical" } : {},
    });
    maintenanceUrl = cluster.url();
  }
  if (options.replica) {
    const replicaDir = path.join(options.dataDir, "postgres-replica");
    options.log(`Starting the replica's embedded PostgreSQL (data in ${replicaDir})`);
    replica = await startEmbeddedPostgres({ dataDir: replicaDir, preferredPort: 54450 });
  }
  const subscribed: string[] = [];
  return {
    async create(scale) {
      const name = `desk_bench_${scale}`;
      if (replica) {
        await unsubscribeReplica(replica.url(name)).catch(() => {}); // none on a first run
        await recreate(replica.url(), name);
        await migrateDatabase(replica.url(name));
      }
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
    async replicate(name) {
      if (!replica) throw new Error("the bench was opened without a replica");
      options.log(`Subscribing the replica to ${name} (a first copy of every table)…`);
      await subscribeReplica(onDatabase(maintenanceUrl, name), replica.url(name));
      subscribed.push(name);
      return ensureAppLogin(
        replica.url(name),
        path.join(options.dataDir, "postgres-replica", "app-login.secret"),
      );
    },
    async stop() {
      if (replica) {
        for (const name of subscribed) await unsubscribeReplica(replica.url(name)).catch(() => {});
        await replica.stop();
      }
      await cluster?.stop();
    },
  };
}
