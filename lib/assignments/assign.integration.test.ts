import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claimAssignments, type User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { claimIdsMatching, listClaimCards } from "@/lib/claims/board";
import { defaultBoardFilter } from "@/lib/claims/board-query";
import { RuleViolation } from "@/lib/errors";
import { getWatchState, setWatching } from "@/lib/notifications/watch";
import { setVerdict } from "@/lib/verdicts/decide";
import { assignOne, eventsOf, inDays, rowsOf, toldOf } from "@/scripts/testing/assignment-fixtures";
import { makeClaim, makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { assignClaims, MAX_CLAIMS_PER_ASSIGNMENT } from "./assign";
import { listWorkloads } from "./queue";
import { takeClaim } from "./take";

describe("assigning", () => {
  it("an editor assigns a claim to two people: each is told once, watches it, and the card records it", async () => {
    const claim = await makeClaim();
    const editor = await makeUser("editor");
    const [a, b] = await Promise.all([makeUser("reviewer"), makeUser("editor")]);
    const result = await assignOne(editor, claim.id, [a, b], inDays(3));
    expect(result.written).toHaveLength(2);
    const rows = await rowsOf(claim.id);
    expect(rows.map((r) => [r.assigneeId, r.assignedBy, r.dueOn, r.note])).toEqual(
      expect.arrayContaining([
        [a.id, editor.id, inDays(3), "check the Euronews date"],
        [b.id, editor.id, inDays(3), "check the Euronews date"],
      ]),
    );
    expect(await toldOf(a)).toEqual([{ kind: "assigned", claimId: claim.id }]);
    expect(await toldOf(b)).toEqual([{ kind: "assigned", claimId: claim.id }]);
    expect(await toldOf(editor)).toEqual([]);
    expect(await getWatchState(a, claim.id)).toEqual({ watching: true, reason: "assigned" });
    const events = await eventsOf(claim.id);
    expect(events.map((e) => e.action)).toEqual(["assignment.create"]);
    expect((events[0]!.after as { assignees: string }).assignees).toContain(a.displayName);

    // assigning the same people again changes nothing and tells nobody twice
    const again = await assignOne(editor, claim.id, [a]);
    expect(again.written).toEqual([]);
    expect(again.unchangedClaims).toEqual([claim.id]);
    expect(await toldOf(a)).toHaveLength(1);
  });

  it("a person who chose not to watch keeps that choice when assigned", async () => {
    const claim = await makeClaim();
    const reviewer = await makeUser("reviewer");
    await setWatching(reviewer, claim.id, false);
    await assignOne(await makeUser("editor"), claim.id, [reviewer]);
    expect(await getWatchState(reviewer, claim.id)).toEqual({ watching: false, reason: "chose" });
  });

  it("only editors assign, only to active reviewers and editors, and not a claim a verdict locks", async () => {
    const claim = await makeClaim();
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    await expect(assignOne(reviewer, claim.id, [reviewer])).rejects.toBeInstanceOf(ForbiddenError);
    const inactive = await makeUser("reviewer", { active: false });
    await expect(assignOne(editor, claim.id, [inactive])).rejects.toMatchObject({
      field: "assignees",
    });
    await expect(assignOne(editor, claim.id, [await makeUser("admin")])).rejects.toBeInstanceOf(
      RuleViolation,
    );
    await expect(assignOne(editor, claim.id, [reviewer], "2001-01-01")).rejects.toMatchObject({
      field: "dueOn",
    });
    await setVerdict(editor, { claimId: claim.id, verdict: "false", rationale: "Not so at all." });
    await expect(assignOne(editor, claim.id, [reviewer])).rejects.toThrow(/verdictNothingToAssign/);
    expect(await rowsOf(claim.id)).toEqual([]);
  });

  it("bulk: every claim a board filter matches, passing over the one a verdict locks", async () => {
    const reportId = await makeReport();
    const ids = await makeClaims(
      reportId,
      [1, 2, 3].map((n) => ({ statement: `Bulk claim ${n}`, quote: `q${n}` })),
    );
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    await setVerdict(editor, { claimId: ids[2]!, verdict: "verified", rationale: "Two sources." });
    const filter = { ...defaultBoardFilter, reportId };
    const matching = await claimIdsMatching(editor, filter, MAX_CLAIMS_PER_ASSIGNMENT);
    expect(matching).toEqual(ids);
    const result = await assignClaims(editor, {
      claimIds: matching,
      assigneeIds: [reviewer.id],
      dueOn: inDays(1),
      note: null,
    });
    expect(result.written.map((r) => r.claimId)).toEqual(ids.slice(0, 2));
    expect(result.lockedClaims).toEqual([ids[2]]);
    expect(await toldOf(reviewer)).toEqual([
      { kind: "assigned", claimId: ids[0] },
      { kind: "assigned", claimId: ids[1] },
    ]);

    // the board's assignee filters select the same claims
    const board = async (more: Partial<typeof filter>, as: User = editor) =>
      (await listClaimCards(as, { ...filter, ...more })).cards.map((card) => card.id).sort();
    expect(await board({ assignee: reviewer.id })).toEqual(ids.slice(0, 2));
    expect(await board({ assignee: "me" }, reviewer)).toEqual(ids.slice(0, 2));
    expect(await board({ assignee: "none" })).toEqual([ids[2]]);
    expect(await board({ overdue: true })).toEqual([]);
    const [card] = (await listClaimCards(editor, { ...filter, assignee: reviewer.id })).cards;
    expect(card).toMatchObject({ assignees: [reviewer.displayName], dueOn: inDays(1) });

    // an assignment past its day is overdue on the board and in the workload
    await getDb()
      .update(claimAssignments)
      .set({ dueOn: inDays(-2) })
      .where(eq(claimAssignments.claimId, ids[0]!));
    expect(await board({ overdue: true })).toEqual([ids[0]]);
    const load = (await listWorkloads(editor)).find((row) => row.id === reviewer.id);
    expect(load).toEqual({
      id: reviewer.id,
      name: reviewer.displayName,
      open: 2,
      dueSoon: 1,
      overdue: 1,
    });
  });

  it("two editors assigning the same person at once make one assignment, one notification, one event", async () => {
    const claim = await makeClaim();
    const [first, second, reviewer] = await Promise.all([
      makeUser("editor"),
      makeUser("editor"),
      makeUser("reviewer"),
    ]);
    const results = await Promise.all([
      assignOne(first, claim.id, [reviewer]),
      assignOne(second, claim.id, [reviewer]),
    ]);
    expect(results.map((r) => r.written.length).sort()).toEqual([0, 1]);
    expect(await rowsOf(claim.id)).toHaveLength(1);
    expect(await toldOf(reviewer)).toHaveLength(1);
    expect((await eventsOf(claim.id)).map((e) => e.action)).toEqual(["assignment.create"]);
  });

  it("a take racing an assignment: the take never lands on a claim someone already held", async () => {
    for (let round = 0; round < 5; round++) {
      const claim = await makeClaim();
      const [editor, assignee, taker] = await Promise.all([
        makeUser("editor"),
        makeUser("reviewer"),
        makeUser("reviewer"),
      ]);
      const [assigned, taken] = await Promise.allSettled([
        assignOne(editor, claim.id, [assignee]),
        takeClaim(taker, claim.id),
      ]);
      expect(assigned.status).toBe("fulfilled");
      const rows = await rowsOf(claim.id);
      if (taken.status === "fulfilled") {
        // the take came first: the editor's assignment added a second person after it
        expect(rows.map((r) => r.assigneeId)).toEqual([taker.id, assignee.id]);
      } else {
        expect(taken.reason).toBeInstanceOf(RuleViolation);
        expect(rows.map((r) => r.assigneeId)).toEqual([assignee.id]);
      }
    }
  });
});
