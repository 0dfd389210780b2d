import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/scripts/bench/free-port";
import { auditVerifyCliIn } from "@/scripts/testing/audit-verification";

/**
 * `npm run audit:verify` without DATABASE_URL checks the local desk that
 * `npm start` runs, found as import-report and db:backup find it: the
 * embedded cluster's settings under DESK_DATA_DIR (`.data`), its database
 * `desk`. Here that desk is a database named so on the test cluster, and the
 * settings file points at it.
 */

const owner = new URL(process.env.TEST_OWNER_DATABASE_URL!);
const onDatabase = (database: string) => {
  const url = new URL(owner);
  url.pathname = `/${database}`;
  return url.toString();
};

/** A data folder as `npm start` leaves it, its cluster settings naming `port`. */
function deskDataDir(port: number | null) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "desk-data-"));
  if (port !== null) {
    mkdirSync(path.join(dataDir, "postgres"));
    writeFileSync(
      path.join(dataDir, "postgres", "cluster.json"),
      JSON.stringify({ port, superuserPassword: decodeURIComponent(owner.password) }),
    );
  }
  return dataDir;
}

/** The environment of someone who never set DATABASE_URL. */
function withoutDatabaseUrl(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DESK_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.DATABASE_OWNER_URL;
  return env;
}

async function onMaintenance(statement: string) {
  const client = new pg.Client({ connectionString: onDatabase("postgres") });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let events: number;

beforeAll(async () => {
  await onMaintenance("create database desk template desk_template");
  const desk = new pg.Client({ connectionString: onDatabase("desk") });
  await desk.connect();
  try {
    for (const action of ["test.first", "test.second", "test.third"]) {
      await desk.query("insert into audit_events (action, entity_type) values ($1, 'test')", [
        action,
      ]);
    }
    const { rows } = await desk.query<{ n: number }>("select count(*)::int as n from audit_events");
    events = rows[0]!.n;
  } finally {
    await desk.end();
  }
});

afterAll(async () => {
  await onMaintenance("drop database if exists desk with (force)");
});

describe("npm run audit:verify without DATABASE_URL", () => {
  it("checks the local desk's audit trail", async () => {
    const cli = await auditVerifyCliIn(withoutDatabaseUrl(deskDataDir(Number(owner.port))));
    expect(cli.stderr).not.toMatch(/DATABASE_URL/);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(
      new RegExp(`Audit chain intact through event \\d+ \\(${events} events`),
    );
    expect(cli.stdout).toMatch(/^Head: \d+:[0-9a-f]{64}$/m);
  });

  it("says how to point it at a desk when there is none here", async () => {
    const cli = await auditVerifyCliIn(withoutDatabaseUrl(deskDataDir(null)));
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(
      "Set DATABASE_URL to the desk's database, or run this beside a desk",
    );
  });

  it("says the local desk is not running when its database does not answer", async () => {
    const port = await freePort();
    const cli = await auditVerifyCliIn(withoutDatabaseUrl(deskDataDir(port)));
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(`The local desk's database (port ${port}) is not running`);
  });
});
