/**
 * Joins a database on one cluster to its copy on another by logical
 * replication, for the replica test (db/replica.integration.test.ts) and the
 * bench's `--replica` run. Both databases must be migrated already: a
 * subscription copies rows, not the schema. The primary's cluster needs
 * wal_level=logical. Only the desk's own tables (schema public) are published:
 * the migration ledgers and the job queue's tables hold rows both sides wrote.
 */
import pg from "pg";

const NAME = "desk_reads";

/** One connection to `url` for the length of `work`. */
export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Publishes the primary's tables and subscribes the replica to them (both
 * superuser URLs of the same database name), then waits until the first copy
 * of every table is done.
 */
export async function subscribeReplica(primaryOwnerUrl: string, replicaOwnerUrl: string) {
  await withClient(primaryOwnerUrl, (client) =>
    client.query(`create publication ${NAME} for tables in schema public`),
  );
  await withClient(replicaOwnerUrl, (client) =>
    client.query(
      `create subscription ${NAME} connection ${client.escapeLiteral(primaryOwnerUrl)} publication ${NAME}`,
    ),
  );
  // the first copy runs a few tables at a time
  await untilReplica(
    replicaOwnerUrl,
    "select 1 where not exists (select 1 from pg_subscription_rel where srsubstate <> 'r')",
  );
}

/** Drops the replica's subscription (and with it the primary's replication slot). */
export async function unsubscribeReplica(replicaOwnerUrl: string) {
  await withClient(replicaOwnerUrl, (client) =>
    client.query(`drop subscription if exists ${NAME}`),
  );
}

/** Waits until `query` finds a row on the replica (replication is asynchronous). */
export async function untilReplica(
  replicaOwnerUrl: string,
  query: string,
  values: unknown[] = [],
  timeoutMs = 120_000,
) {
  for (let waited = 0; waited < timeoutMs; waited += 200) {
    const { rowCount } = await withClient(replicaOwnerUrl, (client) => client.query(query, values));
    if (rowCount) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the replica did not catch up: ${query}`);
}
