import { and, asc, eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, claimAssignments, claims, notifications, users } from "@/db/schema";
import { env } from "@/lib/env";
import { RuleViolation } from "@/lib/errors";
import { rateClaim } from "@/lib/ratings/rate";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { assignClaims } from "./assign";
import { assignDecidingLook, readDecidingLook } from "./deciding";
import { takeClaim } from "./take";

/**
 * The deciding look against real accounts. Each test starts by deactivating
 * every account the earlier ones made, so the lightest queue is the one the
 * test means.
 */
async function onlyNewPeople() {
  await getDb().update(users).set({ active: false }).where(ne(users.role, "admin"));
}

const grade = (reliability: "A" | "C" | "E", credibility: number) => ({
  reliability,
  credibility,
  note: null,
});

async function splitClaim() {
  const author = await makeUser("reviewer");
  const claim = await makeClaim();
  await getDb().update(claims).set({ createdBy: author.id }).where(eq(claims.id, claim.id));
  const raters = await Promise.all([1, 2, 3].map(() => makeUser("reviewer")));
  return { claim, author, raters };
}

const rate = async (raters: Awaited<ReturnType<typeof splitClaim>>["raters"], claimId: number) => {
  await rateClaim(raters[0]!, { claimId, ...grade("A", 1) });
  await rateClaim(raters[1]!, { claimId, ...grade("E", 5) });
  await rateClaim(raters[2]!, { claimId, ...grade("C", 3) });
};

describe("a deciding look where the grades split", () => {
  it("proposes the lightest queue among those who have not rated; an editor assigns it in one click", async () => {
    await onlyNewPeople();
    const { claim, raters } = await splitClaim();
    const editor = await makeUser("editor");
    const [light, busy] = await Promise.all([makeUser("reviewer"), makeUser("reviewer")]);
    // the editor holds one claim and `busy` two, so `light` has the lightest queue
    await takeClaim(editor, (await makeClaim()).id);
    await assignClaims(editor, {
      claimIds: [(await makeClaim()).id, (await makeClaim()).id],
      assigneeIds: [busy.id],
      dueOn: null,
      note: null,
    });
    await rateClaim(raters[0]!, { claimId: claim.id, ...grade("A", 1) });
    await rateClaim(raters[1]!, { claimId: claim.id, ...grade("E", 5) });
    expect((await readDecidingLook(getDb(), claim.id)).needed).toBe(false); // short of the quorum
    await rateClaim(raters[2]!, { claimId: claim.id, ...grade("C", 3) });

    const look = await readDecidingLook(getDb(), claim.id);
    expect(look).toEqual({
      needed: true,
      proposal: { id: light.id, name: light.displayName, openAssignments: 0 },
      assigned: null,
    });
    // blind-first: nothing about the grades themselves
    expect(JSON.stringify(look)).not.toMatch(/A1|E5|C3|reliab|credib/);

    await expect(assignDecidingLook(raters[0]!, claim.id, light.id)).rejects.toThrow();
    await expect(assignDecidingLook(editor, claim.id, raters[1]!.id)).rejects.toThrow(
      "assignment.errors.decidingUnfit",
    );
    const assigned = await assignDecidingLook(editor, claim.id, light.id);
    expect(assigned).toMatchObject({ assigneeId: light.id, assignedBy: editor.id, deciding: true });
    expect(await readDecidingLook(getDb(), claim.id)).toEqual({
      needed: false,
      proposal: null,
      assigned: { assigneeName: light.displayName, byDesk: false, done: false },
    });
    await expect(assignDecidingLook(editor, claim.id, light.id)).rejects.toBeInstanceOf(
      RuleViolation,
    );

    // the deciding rating does its assignment; a split after it is the editor's to settle
    await rateClaim(light, { claimId: claim.id, ...grade("E", 1) });
    expect(await readDecidingLook(getDb(), claim.id)).toMatchObject({
      needed: false,
      assigned: { done: true },
    });
  });

  it("with AUTO_ASSIGN_DECIDING the rating that splits the grades assigns the proposal in its transaction, and the History says the desk did", async () => {
    await onlyNewPeople();
    const { claim, raters } = await splitClaim();
    const fresh = await makeUser("editor");
    const deskEnv = env as { AUTO_ASSIGN_DECIDING: boolean };
    deskEnv.AUTO_ASSIGN_DECIDING = true;
    try {
      await rate(raters, claim.id);
    } finally {
      deskEnv.AUTO_ASSIGN_DECIDING = false;
    }
    const rows = await getDb()
      .select()
      .from(claimAssignments)
      .where(eq(claimAssignments.claimId, claim.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ assigneeId: fresh.id, assignedBy: null, deciding: true });
    const events = await getDb()
      .select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, String(claim.id))))
      .orderBy(asc(auditEvents.id));
    // the third rating, then the desk's assignment, in that order
    expect(events.slice(-2)).toEqual([
      { action: "rating.create", actorId: raters[2]!.id },
      { action: "assignment.deciding", actorId: null },
    ]);
    const told = await getDb()
      .select({ kind: notifications.kind, actorId: notifications.actorId })
      .from(notifications)
      .where(eq(notifications.recipientId, fresh.id));
    expect(told).toEqual([{ kind: "assigned", actorId: null }]);
  });

  it("without AUTO_ASSIGN_DECIDING nothing is assigned; a rating that leaves grades close needs no look", async () => {
    await onlyNewPeople();
    const { claim, raters } = await splitClaim();
    await makeUser("reviewer");
    await rate(raters, claim.id);
    const rows = await getDb()
      .select()
      .from(claimAssignments)
      .where(eq(claimAssignments.claimId, claim.id));
    expect(rows).toEqual([]);

    const calm = await makeClaim();
    for (const rater of raters) {
      await rateClaim(rater, { claimId: calm.id, ...grade("C", 3) });
    }
    expect((await readDecidingLook(getDb(), calm.id)).needed).toBe(false);
  });
});
