import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import {
  auditEvents,
  claimAssignments,
  notifications,
  type User,
  type UserRecord,
} from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { claimIdsMatching, listClaimCards } from "@/lib/claims/board";
import { defaultBoardFilter } from "@/lib/claims/board-query";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { getWatchState, setWatching } from "@/lib/notifications/watch";
import { rateClaim } from "@/lib/ratings/rate";
import { setAccountActive } from "@/lib/users/account-admin";
import { setVerdict } from "@/lib/verdicts/decide";
import { makeClaim, makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { assignClaims, MAX_CLAIMS_PER_ASSIGNMENT } from "./assign";
import { todayUtc } from "./due";
import { markAssignmentDone } from "./finish";
import { reassign, unassign } from "./manage";
import { listMyAssignments, listReturnedToPool, listWorkloads } from "./queue";
import { releaseAssignment, takeClaim } from "./take";

const rowsOf = (claimId: number) =>
  getDb()
    .select()
    .from(claimAssignments)
    .where(eq(claimAssignments.claimId, claimId))
    .orderBy(asc(claimAssignments.id));

const toldOf = (person: User) =>
  getDb()
    .select({ kind: notifications.kind, claimId: notifications.claimId })
    .from(notifications)
    .where(eq(notifications.recipientId, person.id))
    .orderBy(asc(notifications.id));

const eventsOf = (claimId: number) =>
  getDb()
    .select({ action: auditEvents.action, actorId: auditEvents.actorId, after: auditEvents.after })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, String(claimId))))
    .orderBy(asc(auditEvents.id));

const inDays = (days: number) => {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + days);
  return todayUtc(day);
};

const assignOne = (editor: User, claimId: number, people: User[], dueOn: string | null = null) =>
  assignClaims(editor, {
    claimIds: [claimId],
    assigneeIds: people.map((p) => p.id),
    dueOn,
    note: "check the Euronews date",
  });

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

describe("taking, releasing, unassigning, reassigning", () => {
  it("a reviewer takes a claim nobody holds and releases it; nobody else may release it", async () => {
    const claim = await makeClaim();
    const [mine, other, editor] = await Promise.all([
      makeUser("reviewer"),
      makeUser("reviewer"),
      makeUser("editor"),
    ]);
    const taken = await takeClaim(mine, claim.id);
    expect(taken).toMatchObject({ assigneeId: mine.id, assignedBy: mine.id });
    expect(await toldOf(mine)).toEqual([]);
    await expect(takeClaim(other, claim.id)).rejects.toThrow(/heldAlready/);
    await expect(releaseAssignment(other, taken.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(releaseAssignment(editor, taken.id)).rejects.toBeInstanceOf(ForbiddenError);
    await releaseAssignment(mine, taken.id);
    const [row] = await rowsOf(claim.id);
    expect(row).toMatchObject({ endReason: "released", doneAt: null });
    expect(row!.endedAt).not.toBeNull();
    await expect(releaseAssignment(mine, taken.id)).rejects.toBeInstanceOf(NotFoundError);
    // back in the pool: someone else may take it now
    await takeClaim(other, claim.id);
    expect((await eventsOf(claim.id)).map((e) => e.action)).toEqual([
      "assignment.take",
      "assignment.release",
      "assignment.take",
    ]);
  });

  it("unassigning and reassigning are an editor's, and tell the people concerned", async () => {
    const claim = await makeClaim();
    const [editor, from, to] = await Promise.all([
      makeUser("editor"),
      makeUser("reviewer"),
      makeUser("reviewer"),
    ]);
    const {
      written: [assignment],
    } = await assignOne(editor, claim.id, [from], inDays(5));
    await expect(reassign(from, assignment!.id, to.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(unassign(to, assignment!.id)).rejects.toBeInstanceOf(ForbiddenError);
    await reassign(editor, assignment!.id, to.id);
    const rows = await rowsOf(claim.id);
    expect(rows.map((r) => [r.assigneeId, r.endReason, r.dueOn])).toEqual([
      [from.id, "reassigned", inDays(5)],
      [to.id, null, inDays(5)],
    ]);
    expect((await toldOf(from)).map((n) => n.kind)).toEqual(["assigned", "unassigned"]);
    expect((await toldOf(to)).map((n) => n.kind)).toEqual(["assigned"]);
    await unassign(editor, rows[1]!.id);
    expect((await toldOf(to)).map((n) => n.kind)).toEqual(["assigned", "unassigned"]);
    expect((await eventsOf(claim.id)).map((e) => e.action)).toEqual([
      "assignment.create",
      "assignment.reassign",
      "assignment.remove",
    ]);
  });
});

describe("done", () => {
  it("the assignee's rating marks the assignment done, in the rating's transaction, with when", async () => {
    const claim = await makeClaim();
    const [editor, reviewer] = await Promise.all([makeUser("editor"), makeUser("reviewer")]);
    await assignOne(editor, claim.id, [reviewer]);
    await rateClaim(reviewer, { claimId: claim.id, reliability: "B", credibility: 2, note: null });
    const [row] = await rowsOf(claim.id);
    expect(row).toMatchObject({ doneBy: "rating", endedAt: null });
    expect(row!.doneAt).toBeInstanceOf(Date);
    const actions = (await eventsOf(claim.id)).map((e) => e.action);
    expect(actions).toEqual(["assignment.create", "assignment.done", "rating.create"]);
    const queue = await listMyAssignments(reviewer);
    expect(queue.open).toEqual([]);
    expect(queue.done.map((a) => a.claimId)).toEqual([claim.id]);
  });

  it("an editor's verdict marks their assignment done; others still on it are told it is locked, once", async () => {
    const claim = await makeClaim();
    const [editor, deciding, reviewer] = await Promise.all([
      makeUser("editor"),
      makeUser("editor"),
      makeUser("reviewer"),
    ]);
    await assignOne(editor, claim.id, [deciding, reviewer]);
    await rateClaim(reviewer, { claimId: claim.id, reliability: "C", credibility: 3, note: null });
    // the reviewer rated (done) but still watches; a second reviewer is still on it
    const late = await makeUser("reviewer");
    await assignOne(editor, claim.id, [late]);
    await setVerdict(deciding, { claimId: claim.id, verdict: "misleading", rationale: "Half." });
    const rows = await rowsOf(claim.id);
    expect(rows.find((r) => r.assigneeId === deciding.id)).toMatchObject({ doneBy: "verdict" });
    expect(rows.find((r) => r.assigneeId === late.id)).toMatchObject({ doneAt: null });
    expect((await toldOf(late)).map((n) => n.kind)).toEqual(["assigned", "assigned_claim_locked"]);
    // the one who rated is done: told as a watcher, not as an assignee
    expect((await toldOf(reviewer)).map((n) => n.kind)).toEqual([
      "assigned",
      "watched_verdict_set",
    ]);
  });

  it("the assignee marks it done with a note, without rating; nobody else may", async () => {
    const claim = await makeClaim();
    const [editor, reviewer] = await Promise.all([makeUser("editor"), makeUser("reviewer")]);
    const {
      written: [assignment],
    } = await assignOne(editor, claim.id, [reviewer]);
    await expect(markAssignmentDone(editor, assignment!.id, "dup")).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await markAssignmentDone(reviewer, assignment!.id, "duplicate of #12");
    const [row] = await rowsOf(claim.id);
    expect(row).toMatchObject({ doneBy: "marked", doneNote: "duplicate of #12" });
    await expect(markAssignmentDone(reviewer, assignment!.id, "again")).rejects.toThrow(
      /assignmentDone/,
    );
    await expect(releaseAssignment(reviewer, assignment!.id)).resolves.toBeUndefined();
  });
});

describe("a deactivated account's assignments", () => {
  it("go back to the pool in the deactivation's transaction, audited, and are flagged until someone holds them", async () => {
    const [first, second] = [await makeClaim(), await makeClaim()];
    const [admin, editor, leaving, other] = await Promise.all([
      makeUser("admin"),
      makeUser("editor"),
      makeUser("reviewer"),
      makeUser("reviewer"),
    ]);
    await assignClaims(editor, {
      claimIds: [first.id, second.id],
      assigneeIds: [leaving.id],
      dueOn: null,
      note: null,
    });
    await rateClaim(leaving, { claimId: second.id, reliability: "A", credibility: 1, note: null });
    await setAccountActive(admin as UserRecord, leaving.id, false);

    const rows = [...(await rowsOf(first.id)), ...(await rowsOf(second.id))];
    expect(rows.map((r) => [r.claimId, r.endReason, r.doneBy])).toEqual([
      [first.id, "deactivated", null],
      // done work stays done
      [second.id, null, "rating"],
    ]);
    const events = await eventsOf(first.id);
    expect(events.at(-1)).toMatchObject({ action: "assignment.return", actorId: admin.id });
    const flagged = await listReturnedToPool(editor);
    expect(flagged.map((row) => row.claimId)).toContain(first.id);
    expect(flagged.find((row) => row.claimId === first.id)?.formerAssignee).toBe(
      leaving.displayName,
    );
    await expect(listReturnedToPool(other)).rejects.toBeInstanceOf(ForbiddenError);

    await takeClaim(other, first.id);
    expect((await listReturnedToPool(editor)).map((row) => row.claimId)).not.toContain(first.id);
  });
});
