import { describe, expect, it } from "vitest";
import { getPool } from "@/db";
import { auditedRename } from "@/scripts/testing/audited-rename";
import { auditVerifyCli } from "@/scripts/testing/audit-verification";
import { forgeAuditEvent } from "@/scripts/testing/forge-audit-event";
import { makeUser } from "@/scripts/testing/make-user";
import { withOwnerClient } from "@/scripts/testing/owner-client";
import { verifyAuditChain } from "./chain";

// In a file of its own: it rewrites its database's digest function for good.

describe("verifying the chain when the database itself lies", () => {
  it("finds a rewritten row even when audit_event_digest was redefined to agree with it", async () => {
    const user = await makeUser("reviewer");
    for (const name of ["p", "q", "r", "s"]) await auditedRename(user.id, name);
    const {
      rows: [last],
    } = await getPool().query<{ id: string }>("select max(id)::text as id from audit_events");
    const tamperedId = Number(last!.id) - 1;

    // someone who owns the table rewrites an event, then makes the database's own
    // digest return whatever hash each row already carries
    await withOwnerClient(async (owner) => {
      await forgeAuditEvent(owner, tamperedId);
      await owner.query(
        `create or replace function audit_event_digest(e audit_events) returns text
         language sql stable as $$ select e.hash $$`,
      );
    });

    const result = await verifyAuditChain(getPool());
    expect(result.firstBreak).toMatchObject({
      eventId: tamperedId,
      reason: expect.stringMatching(/altered/),
    });
    expect(result.intactThroughId).toBe(tamperedId - 1);

    const cli = await auditVerifyCli();
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`BROKEN at event ${tamperedId}`);
  });
});
