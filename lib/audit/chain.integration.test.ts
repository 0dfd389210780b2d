import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, getPool } from "@/db";
import { auditVerifyCli } from "@/scripts/testing/audit-verification";
import { auditedRename } from "@/scripts/testing/audited-rename";
import { makeUser } from "@/scripts/testing/make-user";
import { withOwnerClient } from "@/scripts/testing/owner-client";
import { verifyAuditChain } from "./chain";

describe("audit trail", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, for the app role and even for the owner", async () => {
    const user = await makeUser("reviewer");
    await auditedRename(user.id, "first");
    const pool = getPool();
    await expect(pool.query("update audit_events set action = 'x'")).rejects.toThrow(
      /permission denied/,
    );
    await expect(pool.query("delete from audit_events")).rejects.toThrow(/permission denied/);
    await expect(pool.query("truncate audit_events")).rejects.toThrow(/permission denied/);
    await withOwnerClient(async (owner) => {
      await expect(owner.query("update audit_events set action = 'x'")).rejects.toThrow(
        /append-only: UPDATE refused/,
      );
      await expect(owner.query("delete from audit_events")).rejects.toThrow(
        /append-only: DELETE refused/,
      );
      await expect(owner.query("truncate audit_events")).rejects.toThrow(
        /append-only: TRUNCATE refused/,
      );
    });
  });

  it("cannot be altered, stripped of its triggers or dropped by the app's role", async () => {
    const pool = getPool();
    await expect(
      pool.query("alter table audit_events disable trigger audit_events_append_only"),
    ).rejects.toThrow(/must be owner/);
    await expect(pool.query("drop table audit_events")).rejects.toThrow(/must be owner/);
  });

  it("ignores a chain head planted in the session by someone else", async () => {
    const client = await getPool().connect();
    try {
      await client.query("select set_config('desk.audit_chain_head', '1:forged', false)");
      await client.query(
        "insert into audit_events (action, entity_type) values ('after.plant', 'test')",
      );
    } finally {
      client.release();
    }
    expect((await verifyAuditChain(getPool())).intact).toBe(true);
  });

  it("keeps an unbroken chain under 100 concurrent audited writes", async () => {
    const user = await makeUser("reviewer");
    const before = await getPool().query<{ n: number }>(
      "select count(*)::int as n from audit_events",
    );
    await Promise.all(Array.from({ length: 100 }, (_, i) => auditedRename(user.id, `name ${i}`)));
    const result = await verifyAuditChain(getPool());
    expect(result.firstBreak).toBeNull();
    expect(result.intact).toBe(true);
    expect(result.checked).toBe(before.rows[0]!.n + 100);
    const ids = await getPool().query<{ id: string }>(
      "select id::text from audit_events order by audit_events.id",
    );
    const numbers = ids.rows.map((r) => Number(r.id));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("chains rows inserted by one multi-row statement", async () => {
    await getDb().execute(
      sql`insert into audit_events (action, entity_type) values ('bulk.a', 'test'), ('bulk.b', 'test'), ('bulk.c', 'test')`,
    );
    expect((await verifyAuditChain(getPool())).intact).toBe(true);
  });

  it("names the altered row when history is rewritten, in the library and in `npm run audit:verify`", async () => {
    const user = await makeUser("reviewer");
    for (const name of ["a", "b", "c", "d"]) await auditedRename(user.id, name);
    const { rows } = await getPool().query<{ id: string }>(
      "select id::text from audit_events where action = 'user.rename' order by audit_events.id limit 1 offset 2",
    );
    const tamperedId = Number(rows[0]!.id);

    await withOwnerClient(async (owner) => {
      await owner.query("alter table audit_events disable trigger audit_events_append_only");
      await owner.query(`update audit_events set after = '{"name":"forged"}' where id = $1`, [
        tamperedId,
      ]);
      await owner.query("alter table audit_events enable trigger audit_events_append_only");
    });

    const result = await verifyAuditChain(getPool(), { batchSize: 2 });
    expect(result.intact).toBe(false);
    expect(result.firstBreak?.eventId).toBe(tamperedId);
    expect(result.firstBreak?.reason).toMatch(/altered/);
    expect(result.intactThroughId).toBeLessThan(tamperedId);

    const cli = await auditVerifyCli();
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`BROKEN at event ${tamperedId}`);
  });
});
