import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { migrationsFolder } from "@/db/migrate";
import { withOwnerClient } from "./owner-client";

/**
 * For testing what a migration does to rows that exist when it runs: a
 * scratch database beside this test file's, migrated up to (not including)
 * the migration tagged `tag`. `run` gets an owner's pool on it to insert the
 * old rows, then applies the rest with `upgrade()`. The database goes after.
 */
export async function withDatabaseBeforeMigration(
  tag: string,
  run: (context: { pool: pg.Pool; upgrade: () => Promise<void> }) => Promise<void>,
) {
  const owner = new URL(process.env.TEST_OWNER_DATABASE_URL!);
  const database = `${owner.pathname.slice(1)}_before_${tag.slice(0, 4)}`;
  const url = Object.assign(new URL(owner), { pathname: `/${database}` }).toString();
  // the migrations folder as it was before `tag`
  const before = mkdtempSync(path.join(os.tmpdir(), "desk-migrations-"));
  cpSync(migrationsFolder, before, { recursive: true });
  const journalFile = path.join(before, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as {
    entries: Array<{ tag: string }>;
  };
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  if (index <= 0) throw new Error(`No migration ${tag} after the first`);
  journal.entries = journal.entries.slice(0, index);
  writeFileSync(journalFile, JSON.stringify(journal));

  await withOwnerClient((client) => client.query(`create database ${database}`));
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await migrate(drizzle({ client: pool }), { migrationsFolder: before });
    await run({ pool, upgrade: () => migrate(drizzle({ client: pool }), { migrationsFolder }) });
  } finally {
    await pool.end();
    rmSync(before, { recursive: true, force: true });
    await withOwnerClient((client) => client.query(`drop database ${database} with (force)`));
  }
}
