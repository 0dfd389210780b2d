/**
 * `npm run db:migrate`: applies the checked-in migrations to DATABASE_URL, or
 * to DATABASE_OWNER_URL when the app's own URL is a less privileged role.
 */
import { migrateDatabase } from "@/db/migrate";
import { redactUrl } from "./lib/redact";

const url = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL (or DATABASE_OWNER_URL) to the database to migrate.");
  process.exit(1);
}
migrateDatabase(url)
  .then(() => console.log(`Migrations applied to ${redactUrl(url)}`))
  .catch((error: unknown) => {
    console.error(
      `Migration failed on ${redactUrl(url)}: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  });
