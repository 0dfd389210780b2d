/**
 * Runs before each integration test file: copies the migrated template into a
 * database of the file's own and points DATABASE_URL (the app's role) at it.
 * TEST_OWNER_DATABASE_URL is the superuser's way in, for tests that must do
 * what the app cannot (tamper with the audit trail, for one).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

const TEMPLATE_DATABASE = "desk_template";

function onDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const name = `test_${randomBytes(6).toString("hex")}`;
const owner = new pg.Client({ connectionString: inject("clusterOwnerUrl") });
await owner.connect();
try {
  await owner.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
} finally {
  await owner.end();
}

process.env.DATABASE_URL = onDatabase(inject("clusterAppUrl"), name);
process.env.TEST_OWNER_DATABASE_URL = onDatabase(inject("clusterOwnerUrl"), name);
