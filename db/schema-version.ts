/**
 * Compares the migrations applied to a database with the ones checked in, so
 * the app can refuse to serve a schema that is behind its code.
 */
import journal from "./migrations/meta/_journal.json";

export type SchemaVersion = {
  /** tag of the newest migration the code expects, e.g. "0001_audit_chain_and_app_role" */
  expected: string;
  /** tag of the newest migration applied to the database, null on an empty database */
  applied: string | null;
  behind: boolean;
};

type Queryable = { query: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> };

export async function readSchemaVersion(client: Queryable): Promise<SchemaVersion> {
  const entries = journal.entries;
  const expected = entries[entries.length - 1]!;
  const exists = await client.query(
    `select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  const { rows } = exists.rows[0]?.present
    ? await client.query(`select max(created_at)::text as newest from drizzle.__drizzle_migrations`)
    : { rows: [] };
  const newest = rows[0]?.newest == null ? null : Number(rows[0].newest);
  const applied = newest == null ? null : (entries.findLast((e) => e.when <= newest)?.tag ?? null);
  return { expected: expected.tag, applied, behind: newest == null || newest < expected.when };
}
