import { describe, expect, it } from "vitest";
import type { UserRecord } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { rateClaim } from "@/lib/ratings/rate";
import { setAccountActive } from "@/lib/users/account-admin";
import { setVerdict } from "@/lib/verdicts/decide";
import { assignOne, eventsOf, rowsOf, toldOf } from "@/scripts/testing/assignment-fixtures";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { assignClaims } from "./assign";
import { markAssignmentDone } from "./finish";
import { listMyAssignments, listReturnedToPool } from "./queue";
import { releaseAssignment, takeClaim } from "./take";

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
