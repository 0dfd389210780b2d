/**
 * `npm run db:backup [-- FILE]`: a consistent, compressed snapshot of the
 * desk (db/backup.ts) on DATABASE_OWNER_URL, DATABASE_URL or the local
 * embedded desk. Default file: backups/desk-<time>.backup.gz.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { backupDatabase } from "@/scripts/lib/backup";
import { deskDatabaseUrl } from "./lib/desk-database-url";

async function main() {
  const file =
    process.argv[2] ??
    path.join("backups", `desk-${new Date().toISOString().replace(/[:.]/g, "-")}.backup.gz`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const client = new pg.Client({
    connectionString: process.env.DATABASE_OWNER_URL ?? (await deskDatabaseUrl()),
  });
  await client.connect();
  try {
    const started = Date.now();
    const header = await backupDatabase(client, file);
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `Backed up ${header.tables.length} tables (${rows} rows, schema ${header.schema}) to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
