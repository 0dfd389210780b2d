import { describe, expect, it } from "vitest";
import { getPool } from "@/db";
import { auditedRename } from "@/scripts/testing/audited-rename";
import { makeUser } from "@/scripts/testing/make-user";
import { withOwnerClient } from "@/scripts/testing/owner-client";
import { verifyAuditChain } from "./chain";

// In a file of its own: it rewrites the whole trail of its database.
describe("an exported chain head", () => {
  it("detects a rewrite before an exported head, even when the rewriter recomputed every hash", async () => {
    const user = await makeUser("reviewer");
    for (const name of ["x", "y", "z"]) await auditedRename(user.id, name);
    const exported = await verifyAuditChain(getPool());
    expect(exported.intact).toBe(true);

    // a superuser rewrites the whole chain consistently: only the exported head can tell
    await withOwnerClient(async (owner) => {
      await owner.query("alter table audit_events disable trigger audit_events_append_only");
      await owner.query(
        `update audit_events set action = 'rewritten' where id = (select min(id) from audit_events)`,
      );
      const { rows } = await owner.query<{ id: string }>(
        "select id::text from audit_events order by audit_events.id",
      );
      let previous = "0".repeat(64);
      for (const row of rows) {
        await owner.query("update audit_events set prev_hash = $1 where id = $2", [
          previous,
          row.id,
        ]);
        const updated = await owner.query<{ hash: string }>(
          "update audit_events a set hash = audit_event_digest(a) where id = $1 returning hash",
          [row.id],
        );
        previous = updated.rows[0]!.hash;
      }
      await owner.query("alter table audit_events enable trigger audit_events_append_only");
    });

    expect((await verifyAuditChain(getPool())).intact).toBe(true);
    const against = await verifyAuditChain(getPool(), {
      expectedHead: { eventId: exported.intactThroughId, hash: exported.headHash },
    });
    expect(against.intact).toBe(false);
    expect(against.firstBreak?.eventId).toBe(exported.intactThroughId);
  });
});
