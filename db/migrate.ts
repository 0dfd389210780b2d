/**
 * Applies the checked-in migrations in db/migrations with drizzle's
 * node-postgres migrator on a one-connection pool, then the job queue's
 * (db/job-queue-schema.ts). It must run as a role that
 * may create tables, triggers and roles (the database owner), not as the app.
 */
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import pg from "pg";
import { migrateJobQueue } from "./job-queue-schema";

export const migrationsFolder = path.join(__dirname, "migrations");

export async function migrateDatabase(ownerUrl: string) {
  const pool = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  try {
    await migrate(drizzle({ client: pool }), { migrationsFolder });
  } finally {
    await pool.end();
  }
  // after the desk's own: migration 0010 prepares the schema the queue's tables go in
  await migrateJobQueue(ownerUrl);
}
