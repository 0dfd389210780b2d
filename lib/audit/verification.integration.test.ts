import { describe, expect, it } from "vitest";
import { auditedRename } from "@/scripts/testing/audited-rename";
import {
  auditVerifyCli,
  readVerificationStream as readStream,
} from "@/scripts/testing/audit-verification";
import { forgeAuditEvent } from "@/scripts/testing/forge-audit-event";
import { makeUser } from "@/scripts/testing/make-user";
import { withOwnerClient } from "@/scripts/testing/owner-client";
import { ForbiddenError } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import { formatExportedHead } from "./exported-head";
import { readAuditHead } from "./head";
import { auditVerificationStream } from "./verification";

// In a file of its own: it tampers with the trail of its database.

describe("the audit page's integrity check", () => {
  it("is refused to anyone but an admin, before it looks at the head pasted", async () => {
    const editor = await makeUser("editor");
    expect(() => auditVerificationStream(editor)).toThrow(ForbiddenError);
    expect(() => auditVerificationStream(editor, { head: "nonsense" })).toThrow(ForbiddenError);
    const admin = await makeUser("admin");
    expect(() => auditVerificationStream(admin, { head: "nonsense" })).toThrow(RuleViolation);
  });

  it("streams progress batch by batch, then the head it verified through", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("reviewer");
    for (const name of ["a", "b", "c", "d", "e"]) await auditedRename(user.id, name);
    const head = (await readAuditHead(admin))!;

    const messages = await readStream(auditVerificationStream(admin, { batchSize: 2 }));
    const progress = messages.filter((m) => m.type === "progress");
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.map((p) => p.checked)).toEqual(
      progress.map((p) => p.checked).toSorted((a, b) => a - b),
    );
    expect(messages.at(-1)).toMatchObject({
      type: "intact",
      intactThroughId: head.eventId,
      headHash: head.hash,
      againstHead: null,
    });

    const against = await readStream(
      auditVerificationStream(admin, { head: formatExportedHead(head) }),
    );
    expect(against.at(-1)).toMatchObject({
      type: "intact",
      againstHead: { eventId: head.eventId },
    });

    const forged = await readStream(
      auditVerificationStream(admin, { head: `${head.eventId}:${"f".repeat(64)}` }),
    );
    expect(forged.at(-1)).toMatchObject({ type: "broken", eventId: head.eventId });
  });

  it("names the tampered event, as `npm run audit:verify` does", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("reviewer");
    for (const name of ["f", "g", "h", "i"]) await auditedRename(user.id, name);
    const exported = (await readAuditHead(admin))!;
    const tamperedId = exported.eventId - 2;

    await withOwnerClient((owner) => forgeAuditEvent(owner, tamperedId));

    const messages = await readStream(auditVerificationStream(admin, { batchSize: 3 }));
    const outcome = messages.at(-1);
    expect(outcome).toMatchObject({
      type: "broken",
      eventId: tamperedId,
      intactThroughId: tamperedId - 1,
      breakKind: "content",
    });

    const cli = await auditVerifyCli();
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`BROKEN at event ${tamperedId}`);

    // the exported head is behind the tampered row: the break is still the first thing found
    const withHead = await auditVerifyCli("--head", formatExportedHead(exported));
    expect(withHead.code).toBe(1);
    expect(withHead.stderr).toContain(`BROKEN at event ${tamperedId}`);
  });
});
