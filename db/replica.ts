/**
 * Reads that may be a little stale go to the read replica when one is set
 * (DATABASE_REPLICA_URL): the board, search, timeline, dashboard and exports.
 * Everything else keeps to the primary (getDb): writes, permission and
 * version checks.
 *
 * Read-your-writes holds across any number of app instances, with nothing
 * kept in an instance's memory or the browser: a person's reads go to the
 * replica only once it has replayed their latest write. Every write commits
 * its audit event in its own transaction, and events are numbered in commit
 * order (the chain trigger numbers them under its lock), so a person's
 * latest write is their highest event id on the primary (one probe of
 * audit_events_actor_idx), and the replica has replayed it exactly when it
 * holds that event. What each instance has seen replayed is remembered, so
 * the replica is asked once per write. (A signed cookie would spare the
 * primary probe, but setting a cookie in a server action makes Next.js render
 * the whole page again in the action's answer and drop the browser's router
 * cache: the cost the writes were made to shed.)
 *
 * The replica is only used while it answers and is at most
 * REPLICA_MAX_LAG_SECONDS behind; its state is checked at most every
 * CHECK_INTERVAL_MS and the answer shared by every request meanwhile.
 */
import "server-only";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { getDb, getPool, type Database } from "./index";
import { databaseEnv } from "./env";
import * as schema from "./schema";

const CHECK_INTERVAL_MS = 2_000;

export type ReplicaState =
  | { replica: "off" }
  | { replica: "up"; lagSeconds: number }
  | { replica: "lagging"; lagSeconds: number; maxLagSeconds: number }
  | { replica: "down" };

type Cache = {
  replicaPool?: pg.Pool;
  replicaDb?: Database;
  replicaState?: { state: ReplicaState; checkedAt: number; pending?: Promise<ReplicaState> };
  /** user id → their latest audit event seen on the replica */
  replayedWrites?: Map<string, number>;
};
const cache = globalThis as unknown as Cache;

function replicaUrl(): string | undefined {
  // read at use, like DATABASE_URL: tests point each file at its own clusters
  return process.env.DATABASE_REPLICA_URL || undefined;
}

function replicaPool(url: string): pg.Pool {
  if (!cache.replicaPool) {
    const pool = new pg.Pool({
      connectionString: url,
      max: databaseEnv.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
    });
    pool.on("error", (error) => console.error(`[db] replica connection lost: ${error.message}`));
    pool.on("connect", (client) =>
      client.on("error", (error) =>
        console.error(`[db] replica connection lost: ${error.message}`),
      ),
    );
    cache.replicaPool = pool;
  }
  return cache.replicaPool;
}

/**
 * How far behind the replica is, in seconds. A streaming (physical) standby
 * that has replayed all it received is not behind, however long ago the last
 * write was; otherwise the age of its last replayed transaction. A logical
 * subscriber: not behind while its workers have confirmed all they received,
 * otherwise the time since they last confirmed. Null: not a replica at all
 * (no recovery, no subscription), which counts as down, never as fresh.
 */
const LAG_SQL = `
  select case
    when pg_is_in_recovery() then
      case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
           else extract(epoch from now() - pg_last_xact_replay_timestamp()) end
    else (select max(case when s.pid is null then null
                          when s.received_lsn = s.latest_end_lsn then 0
                          else extract(epoch from now() - s.latest_end_time) end)
            from pg_stat_subscription s)
  end::float8 as lag`;

async function checkReplica(url: string): Promise<ReplicaState> {
  const maxLagSeconds =
    Number(process.env.REPLICA_MAX_LAG_SECONDS) || databaseEnv.REPLICA_MAX_LAG_SECONDS;
  try {
    const { rows } = await replicaPool(url).query<{ lag: number | null }>(LAG_SQL);
    const lag = rows[0]?.lag;
    if (lag == null) return { replica: "down" };
    return lag > maxLagSeconds
      ? { replica: "lagging", lagSeconds: lag, maxLagSeconds }
      : { replica: "up", lagSeconds: lag };
  } catch {
    return { replica: "down" };
  }
}

/** The replica's state, checked at most every CHECK_INTERVAL_MS (`fresh` checks now). */
export async function readReplicaState(options: { fresh?: boolean } = {}): Promise<ReplicaState> {
  const url = replicaUrl();
  if (!url) return { replica: "off" };
  const known = cache.replicaState;
  if (!options.fresh && known && Date.now() - known.checkedAt < CHECK_INTERVAL_MS) {
    return known.state;
  }
  if (known?.pending) return known.pending;
  const pending = checkReplica(url).then((state) => {
    cache.replicaState = { state, checkedAt: Date.now() };
    return state;
  });
  cache.replicaState = {
    state: known?.state ?? { replica: "down" },
    checkedAt: known?.checkedAt ?? 0,
    pending,
  };
  return pending;
}

/** The id of `userId`'s latest write (its audit event) on the primary, if any. */
async function latestWriteOf(userId: string): Promise<number | null> {
  const { rows } = await getPool().query<{ id: string | null }>(
    "select max(id) as id from audit_events where actor_id = $1",
    [userId],
  );
  return rows[0]?.id == null ? null : Number(rows[0].id);
}

/** Whether the replica has replayed `userId`'s latest write (asked once per write and instance). */
async function replicaHasLatestWrite(pool: pg.Pool, userId: string): Promise<boolean> {
  const latest = await latestWriteOf(userId);
  if (latest === null) return true;
  const replayed = (cache.replayedWrites ??= new Map());
  if (replayed.get(userId) === latest) return true;
  const { rowCount } = await pool.query("select 1 from audit_events where id = $1", [latest]);
  if (!rowCount) return false;
  // the map holds the desk's active writers; forget them all now and then
  if (replayed.size >= 10_000) replayed.clear();
  replayed.set(userId, latest);
  return true;
}

/**
 * The database for a read that may be slightly stale, on behalf of `userId`:
 * the replica when it is set, answering, within the lag limit and has
 * replayed the person's latest write; the primary otherwise.
 */
export async function getReadDb(userId: string | null | undefined): Promise<Database> {
  const url = replicaUrl();
  if (!url) return getDb();
  const state = await readReplicaState();
  if (state.replica !== "up") return getDb();
  const pool = replicaPool(url);
  try {
    if (userId && !(await replicaHasLatestWrite(pool, userId))) return getDb();
  } catch {
    // the replica stopped answering since its last check: the next check says so
    return getDb();
  }
  cache.replicaDb ??= drizzle({ client: pool, schema });
  return cache.replicaDb;
}

/** Closes the replica's pool (tests, scripts). */
export async function closeReplica() {
  const pool = cache.replicaPool;
  cache.replicaPool = undefined;
  cache.replicaDb = undefined;
  cache.replicaState = undefined;
  cache.replayedWrites = undefined;
  await pool?.end();
}
