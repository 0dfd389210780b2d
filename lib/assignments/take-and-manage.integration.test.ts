import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/authorization";
import { NotFoundError } from "@/lib/errors";
import { assignOne, eventsOf, inDays, rowsOf, toldOf } from "@/scripts/testing/assignment-fixtures";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { reassign, unassign } from "./manage";
import { releaseAssignment, takeClaim } from "./take";

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
