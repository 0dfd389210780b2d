import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { seedDemoDesk } from "@/scripts/demo/seed";
import { makeUser } from "@/scripts/testing/make-user";
import { verifyAuditChain } from "@/lib/audit/chain";
import { rateClaim } from "@/lib/ratings/rate";
import { ratingSchema } from "@/lib/ratings/rating-fields";
import { backupDatabase, restoreDatabase } from "./backup";

const ownerUrl = process.env.TEST_OWNER_DATABASE_URL!;
const onDatabase = (database: string) => {
  const url = new URL(ownerUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

async function rowCounts(client: pg.ClientBase) {
  const { rows } = await client.query<{ name: string }>(
    "select relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1",
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    counts[name] = (await client.query(`select count(*)::int as n from "${name}"`)).rows[0].n;
  }
  return counts;
}

const restored = `restore_${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  const admin = new pg.Client({ connectionString: onDatabase("postgres") });
  await admin.connect();
  await admin.query(`drop database if exists ${restored} with (force)`);
  await admin.end();
});

describe("backup and restore", () => {
  it("brings back every row and an intact audit chain in a fresh database", async () => {
    await seedDemoDesk(getDb(), "backup-test-password");
    const reviewer = await makeUser("reviewer");
    await rateClaim(reviewer, ratingSchema.parse({ claimId: 1, reliability: "B", credibility: 2 }));
    // a value COPY must escape: backslash, tab, newline and Arabic
    await getDb().execute(
      `update claims set attribution = E'tab\\there\\nnew line \\\\ قال' where id = 2`,
    );

    const file = path.join(mkdtempSync(path.join(tmpdir(), "desk-backup-")), "desk.backup.gz");
    const source = new pg.Client({ connectionString: ownerUrl });
    await source.connect();
    const before = await rowCounts(source);
    const header = await backupDatabase(source, file);
    const sourceChain = await verifyAuditChain(source);
    await source.end();
    expect(header.tables.find((t) => t.name === "claims")?.rows).toBe(before.claims);

    // destroy: a fresh, migrated, empty database from the test template
    const admin = new pg.Client({ connectionString: onDatabase("postgres") });
    await admin.connect();
    await admin.query(`create database ${restored} template desk_template`);
    await admin.end();
    const target = new pg.Client({ connectionString: onDatabase(restored) });
    await target.connect();
    try {
      await restoreDatabase(target, file);
      expect(await rowCounts(target)).toEqual(before);
      const chain = await verifyAuditChain(target);
      expect(chain).toMatchObject({ intact: true, headHash: sourceChain.headHash });
      const { rows } = await target.query("select attribution from claims where id = 2");
      expect(rows[0].attribution).toBe("tab\there\nnew line \\ قال");
      // the restored desk keeps working: new rows get fresh ids and chain on
      await target.query(
        "insert into audit_events (action, entity_type) values ('test.after_restore', 'test')",
      );
      expect((await verifyAuditChain(target)).intact).toBe(true);
      await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
    } finally {
      await target.end();
    }
  });
});
