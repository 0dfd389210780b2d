/**
 * The SQL statements a piece of the data layer sends, for tests that hold a
 * page's reads to a number of round trips (issue 23: each costs the server
 * more CPU than the rows it brings). It wraps pg.Client#query, which every
 * statement goes through, the pool's and a transaction's alike (as the
 * bench's recorder does, scripts/bench/sql-capture-preload.cjs), only while
 * `work` runs. Run one at a time: anything else querying meanwhile counts too.
 */
import pg from "pg";

export async function statementsOf<T>(
  work: () => Promise<T>,
): Promise<{ value: T; statements: string[] }> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  // the overloads of query cannot be spelled here; the wrapper passes every call through unchanged
  pg.Client.prototype.query = function query(this: pg.Client, ...args: unknown[]) {
    const [config] = args as [string | { text?: string } | undefined];
    statements.push(typeof config === "string" ? config : (config?.text ?? String(config)));
    return (original as (...all: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const value = await work();
    return { value, statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}
