import { beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation, VersionConflict } from "@/lib/errors";
import {
  auditOf,
  commentRow,
  everything,
  makeClaimId as makeClaim,
  revisionsOf,
} from "@/scripts/testing/discussion-fixtures";
import { englishOf } from "@/scripts/testing/in-english";
import { makeUser } from "@/scripts/testing/make-user";
import { refusalOf } from "@/scripts/testing/refusal-of";
import { getDiscussion } from "./thread";
import { createComment, deleteComment, editComment } from "./write";

let author: User;
let otherReviewer: User;
let editor: User;
beforeAll(async () => {
  [author, otherReviewer, editor] = await Promise.all([
    makeUser("reviewer"),
    makeUser("reviewer"),
    makeUser("editor"),
  ]);
});

describe("editing", () => {
  it("keeps each earlier wording as a revision, newest first, with its audit events", async () => {
    const claimId = await makeClaim();
    const { commentId } = await createComment(author, { claimId, body: "First wording." });
    const first = await editComment(author, { commentId, version: 1, body: "Second wording." });
    expect(first).toEqual({ claimId, commentId, version: 2, changed: true });
    await editComment(author, { commentId, version: 2, body: "Third wording." });

    expect(await commentRow(commentId)).toMatchObject({ body: "Third wording.", version: 3 });
    const [comment] = (await getDiscussion(otherReviewer, claimId)).comments;
    expect(comment!.body).toBe("Third wording.");
    expect(comment!.revisions.map((r) => r.body)).toEqual(["Second wording.", "First wording."]);
    const [newest, oldest] = comment!.revisions;
    expect(oldest!.writtenAt).toEqual(comment!.createdAt);
    expect(newest!.writtenAt).toEqual(oldest!.replacedAt);
    expect(newest!.replacedAt.getTime()).toBeGreaterThanOrEqual(oldest!.replacedAt.getTime());

    const edits = (await auditOf(claimId)).filter((e) => e.action === "comment.edit");
    expect(edits.map((e) => [e.before, e.after])).toEqual([
      [
        { commentId, version: 1, body: "First wording." },
        { commentId, version: 2, body: "Second wording." },
      ],
      [
        { commentId, version: 2, body: "Second wording." },
        { commentId, version: 3, body: "Third wording." },
      ],
    ]);
  });

  it("records nothing when the words did not change", async () => {
    const claimId = await makeClaim();
    const { commentId } = await createComment(author, { claimId, body: "Same words." });
    const result = await editComment(author, { commentId, version: 1, body: " Same words. \n" });
    expect(result).toMatchObject({ version: 1, changed: false });
    expect(await revisionsOf(commentId)).toEqual([]);
    expect((await auditOf(claimId)).map((e) => e.action)).toEqual(["comment.create"]);
  });

  it("refuses an edit from a stale version, naming who changed it, and overwrites nothing", async () => {
    const claimId = await makeClaim();
    const { commentId } = await createComment(author, { claimId, body: "Opened in two tabs." });
    await editComment(author, { commentId, version: 1, body: "Saved in the first tab." });

    const before = await everything();
    const stale = await refusalOf(
      editComment(author, { commentId, version: 1, body: "Saved in the second tab." }),
    );
    expect(stale).toBeInstanceOf(VersionConflict);
    expect(englishOf(stale)).toMatch(
      /changed by you \(in another tab or window\) since you opened it/,
    );
    expect((stale as VersionConflict).current).toMatchObject({
      claimId,
      version: 2,
      body: "Saved in the first tab.",
      deleted: false,
    });
    expect(await everything()).toEqual(before);
  });

  it("names the editor who deleted a comment while its author was editing it", async () => {
    const claimId = await makeClaim();
    const { commentId } = await createComment(author, { claimId, body: "About to go." });
    await deleteComment(editor, { commentId, version: 1 });
    const stale = await refusalOf(editComment(author, { commentId, version: 1, body: "Edit." }));
    expect(stale).toBeInstanceOf(VersionConflict);
    expect(englishOf(stale)).toContain(`deleted by ${editor.displayName} since you opened it`);
    // even with the current version, a deleted comment stays deleted
    const forged = await refusalOf(editComment(author, { commentId, version: 2, body: "Edit." }));
    expect(forged).toBeInstanceOf(RuleViolation);
    expect((await commentRow(commentId)).body).toBe("About to go.");
  });
});

describe("deleting", () => {
  it("hides the words but keeps the comment's place and its replies", async () => {
    const claimId = await makeClaim();
    const parent = await createComment(author, { claimId, body: "Parent words." });
    await editComment(author, { commentId: parent.commentId, version: 1, body: "Parent, edited." });
    const reply = await createComment(otherReviewer, {
      claimId,
      parentId: parent.commentId,
      body: "A reply that stays.",
    });

    const result = await deleteComment(author, { commentId: parent.commentId, version: 2 });
    expect(result).toEqual({ claimId, commentId: parent.commentId, changed: true });

    const discussion = await getDiscussion(otherReviewer, claimId);
    expect(discussion.count).toBe(1);
    const [shown] = discussion.comments;
    expect(shown).toMatchObject({
      id: parent.commentId,
      body: null,
      revisions: [],
      deleted: { byName: author.displayName, byAuthor: true },
      canReply: false,
      canEdit: false,
      canDelete: false,
    });
    expect(JSON.stringify(discussion)).not.toContain("Parent");
    expect(shown!.replies).toMatchObject([{ id: reply.commentId, body: "A reply that stays." }]);

    // soft: the row and its history are still in the database
    expect(await commentRow(parent.commentId)).toMatchObject({
      body: "Parent, edited.",
      deletedBy: author.id,
      version: 3,
    });
    expect(await revisionsOf(parent.commentId)).toHaveLength(1);
    const deletion = (await auditOf(claimId)).find((e) => e.action === "comment.delete");
    expect(deletion).toMatchObject({
      actorId: author.id,
      before: { commentId: parent.commentId, version: 2, authorId: author.id },
      after: { commentId: parent.commentId, version: 3, deletedBy: author.id },
    });
    expect(JSON.stringify(deletion)).not.toContain("Parent, edited.");
  });

  it("treats a second delete as done, without a second audit event", async () => {
    const claimId = await makeClaim();
    const { commentId } = await createComment(author, { claimId, body: "Twice." });
    await deleteComment(author, { commentId, version: 1 });
    expect(await deleteComment(author, { commentId, version: 1 })).toMatchObject({
      changed: false,
    });
    const actions = (await auditOf(claimId)).map((e) => e.action);
    expect(actions).toEqual(["comment.create", "comment.delete"]);
  });

  it("refuses a delete from a stale version", async () => {
    const claimId = await makeClaim();
    const { commentId } = await createComment(author, { claimId, body: "Before." });
    await editComment(author, { commentId, version: 1, body: "After." });
    const stale = await refusalOf(deleteComment(editor, { commentId, version: 1 }));
    expect(stale).toBeInstanceOf(VersionConflict);
    expect(englishOf(stale)).toContain(`changed by ${author.displayName}`);
    expect((await commentRow(commentId)).deletedAt).toBeNull();
  });
});

describe("whose comment it is", () => {
  it("refuses another reviewer's edit and delete, and saves nothing", async () => {
    const claimId = await makeClaim();
    const { commentId } = await createComment(author, { claimId, body: "Mine." });
    const before = await everything();

    const edit = await refusalOf(
      editComment(otherReviewer, { commentId, version: 1, body: "Not yours." }),
    );
    expect(edit).toBeInstanceOf(ForbiddenError);
    const removal = await refusalOf(deleteComment(otherReviewer, { commentId, version: 1 }));
    expect(removal).toBeInstanceOf(ForbiddenError);
    // an editor may take a comment down but not put words in its author's mouth
    const editorEdit = await refusalOf(
      editComment(editor, { commentId, version: 1, body: "Reworded." }),
    );
    expect(editorEdit).toBeInstanceOf(ForbiddenError);
    expect(await everything()).toEqual(before);

    const [asOther] = (await getDiscussion(otherReviewer, claimId)).comments;
    expect(asOther).toMatchObject({ canReply: true, canEdit: false, canDelete: false });
    const [asEditor] = (await getDiscussion(editor, claimId)).comments;
    expect(asEditor).toMatchObject({ canReply: true, canEdit: false, canDelete: true });
  });

  it("lets an editor delete anyone's comment, and says who did", async () => {
    const claimId = await makeClaim();
    const { commentId } = await createComment(author, { claimId, body: "Off topic." });
    await deleteComment(editor, { commentId, version: 1 });
    expect(await commentRow(commentId)).toMatchObject({ deletedBy: editor.id, version: 2 });
    const [shown] = (await getDiscussion(author, claimId)).comments;
    expect(shown!.deleted).toMatchObject({ byName: editor.displayName, byAuthor: false });
    const actions = (await auditOf(claimId)).map((e) => [e.action, e.actorId]);
    expect(actions).toEqual([
      ["comment.create", author.id],
      ["comment.delete", editor.id],
    ]);
  });

  it("answers an unknown comment with not found", async () => {
    expect(
      await refusalOf(editComment(author, { commentId: 999_999, version: 1, body: "x" })),
    ).toBeInstanceOf(NotFoundError);
    expect(
      await refusalOf(deleteComment(editor, { commentId: 999_999, version: 1 })),
    ).toBeInstanceOf(NotFoundError);
  });
});
