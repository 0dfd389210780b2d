/**
 * The app's one connection pool, connected as the least-privileged role
 * (member of desk_app). Cached on globalThis outside production so that hot
 * reload does not open a new pool on every edit.
 */
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { databaseEnv } from "./env";
import { connectionOptions } from "./planner-settings";
import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** a database handle or an open transaction: data-layer helpers accept either */
export type Executor = Database | Transaction;

const cache = globalThis as unknown as { deskPool?: pg.Pool; deskDb?: Database };

function createPool() {
  // read at first use, not at import: tests point each file at its own database
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the desk with `npm start`.");
  }
  const pool = new pg.Pool({
    connectionString,
    options: connectionOptions(connectionString),
    max: databaseEnv.DATABASE_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client's connection can drop (database restart, terminated
  // backend). Without this handler the error would crash the process; the
  // pool discards the client and the next query opens a new one.
  pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
  pool.on("connect", (client) => {
    // The pool listens only to idle clients. A checked-out client whose socket
    // closes (backend terminated, server killed) emits 'error' too, and
    // unheard that event is thrown out of the socket handler.
    client.on("error", (error) =>
      console.error(`[db] connection lost while in use: ${error.message}`),
    );
    // A FATAL error (pg_terminate_backend, shutdown) fails the query in flight
    // a moment before the server closes the socket. Released in that moment,
    // the client would go back to the pool looking healthy and fail the next
    // request too; ending it now makes the pool drop it on release.
    client.connection.on("errorMessage", (message: { severity?: string }) => {
      if (message.severity === "FATAL" || message.severity === "PANIC") {
        client.end().catch(() => {});
      }
    });
  });
  return pool;
}

export function getPool(): pg.Pool {
  cache.deskPool ??= createPool();
  return cache.deskPool;
}

export function getDb(): Database {
  const within = ambientTransaction.getStore();
  if (within) return within;
  cache.deskDb ??= drizzle({ client: getPool(), schema });
  return cache.deskDb;
}

const ambientTransaction = new AsyncLocalStorage<Database>();

/**
 * Runs `work` inside one transaction of `db`, which every getDb() called
 * within it answers with; a data-layer function's own transaction runs in
 * it too, without a savepoint of its own. For the demo seed, which writes
 * through the data layer exactly as the app does yet must land whole or not
 * at all: a start killed halfway through loading leaves an empty desk that
 * the next start loads again, never half a demo. It stops at the first
 * error, so it has nothing to roll back to a savepoint for (two round trips
 * each, a seventh of the seed's). The app itself never uses it.
 */
export function inOneTransaction<T>(db: Database, work: () => Promise<T>): Promise<T> {
  return db.transaction((tx) => {
    // the transaction answers every query a database handle does, and .transaction() with itself
    const within: Database = Object.create(tx, {
      transaction: { value: (inner: (same: Database) => Promise<unknown>) => inner(within) },
    });
    return ambientTransaction.run(within, work);
  });
}
