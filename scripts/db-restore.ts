/**
 * `npm run db:restore -- FILE`: migrates the target database
 * (DATABASE_OWNER_URL or DATABASE_URL, as its owner) and loads the backup
 * into it. The target must hold no data; a failed restore leaves none.
 * Afterwards `npm run audit:verify` proves the audit trail came back intact.
 */
import pg from "pg";
import { restoreDatabase } from "@/scripts/lib/backup";
import { migrateDatabase } from "@/db/migrate";

async function main() {
  const file = process.argv[2];
  const url = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL;
  if (!file || !url) {
    throw new Error("Usage: DATABASE_URL=postgres://owner@…/empty-desk npm run db:restore -- FILE");
  }
  await migrateDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const header = await restoreDatabase(client, file);
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Restored ${rows} rows from ${file} (taken ${header.takenAt}).`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
