import { and, eq, like } from "drizzle-orm";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, commentRevisions, comments, type User } from "@/db/schema";
import { makeClaim as makeTestClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { ForbiddenError } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation, VersionConflict } from "@/lib/errors";
import { CLAIM_CHANGES_CHANNEL } from "@/lib/review/announce";
import { xssPayloads } from "@/scripts/testing/xss-payloads";
import { COMMENT_BODY_MAX_LENGTH } from "./body";
import { getDiscussion } from "./thread";
import { createComment, deleteComment, editComment } from "./write";
import { englishOf } from "@/scripts/testing/in-english";

async function makeClaim(): Promise<number> {
  return (await makeTestClaim()).id;
}

const auditOf = (claimId: number) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, "claim"),
        eq(auditEvents.entityId, String(claimId)),
        like(auditEvents.action, "comment.%"),
      ),
    )
    .orderBy(auditEvents.id);

const commentRow = async (id: number) =>
  (await getDb().select().from(comments).where(eq(comments.id, id)))[0]!;

const revisionsOf = (id: number) =>
  getDb().select().from(commentRevisions).where(eq(commentRevisions.commentId, id));

/** A snapshot of everything the discussion writes, to prove a refusal saved nothing. */
async function everything() {
  const db = getDb();
  return {
    comments: await db.select().from(comments).orderBy(comments.id),
    revisions: await db.select().from(commentRevisions).orderBy(commentRevisions.id),
    audit: await db.$count(auditEvents),
  };
}

async function refusalOf(write: Promise<unknown>) {
  return write.then(
    () => {
      throw new Error("expected the write to be refused");
    },
    (error: unknown) => error,
  );
}

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

describe("posting", () => {
  it("stores a comment and a reply as a thread, each with its audit event on the claim", async () => {
    const claimId = await makeClaim();
    const { commentId } = await createComment(author, {
      claimId,
      body: "  Who is the **source** here?\n",
    });
    const reply = await createComment(otherReviewer, {
      claimId,
      parentId: commentId,
      body: "A ministry spokesman, per [the report](https://news.example/a).",
    });

    expect(await commentRow(commentId)).toMatchObject({
      claimId,
      parentId: null,
      authorId: author.id,
      body: "Who is the **source** here?",
      version: 1,
      deletedAt: null,
    });
    const discussion = await getDiscussion(author, claimId);
    expect(discussion.count).toBe(2);
    expect(discussion.comments).toHaveLength(1);
    const [top] = discussion.comments;
    expect(top).toMatchObject({
      id: commentId,
      authorName: author.displayName,
      body: "Who is the **source** here?",
      canReply: true,
      canEdit: true,
      canDelete: true,
    });
    expect(top!.replies).toMatchObject([
      { id: reply.commentId, parentId: commentId, canEdit: false, canDelete: false },
    ]);

    const events = await auditOf(claimId);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["comment.create", author.id],
      ["comment.create", otherReviewer.id],
    ]);
    expect(events[1]!.after).toEqual({
      commentId: reply.commentId,
      parentId: commentId,
      body: "A ministry spokesman, per [the report](https://news.example/a).",
    });
  });

  it("keeps an XSS payload as the source it was typed as (rendering makes it inert)", async () => {
    const claimId = await makeClaim();
    for (const payload of xssPayloads.slice(0, 5)) {
      const { commentId } = await createComment(author, { claimId, body: payload });
      expect((await commentRow(commentId)).body).toBe(payload.trim());
    }
  });

  it("refuses an empty or too long comment on the body field, and saves nothing", async () => {
    const claimId = await makeClaim();
    const before = await everything();
    for (const body of ["", "   \n\t ", "\u0000\u0007", "x".repeat(COMMENT_BODY_MAX_LENGTH + 1)]) {
      const refusal = await refusalOf(createComment(author, { claimId, body }));
      expect(refusal).toBeInstanceOf(RuleViolation);
      expect((refusal as RuleViolation).field).toBe("body");
    }
    expect(await everything()).toEqual(before);

    const longest = await createComment(author, {
      claimId,
      body: "y".repeat(COMMENT_BODY_MAX_LENGTH),
    });
    expect((await commentRow(longest.commentId)).body).toHaveLength(COMMENT_BODY_MAX_LENGTH);
  });

  it("drops the control characters Postgres cannot store instead of failing", async () => {
    const claimId = await makeClaim();
    const { commentId } = await createComment(author, { claimId, body: "nul\u0000 here\r\nok" });
    expect((await commentRow(commentId)).body).toBe("nul here\nok");
  });

  it("refuses a reply to a comment of another claim, a deleted one or an unknown one", async () => {
    const claimId = await makeClaim();
    const elsewhere = await makeClaim();
    const foreign = await createComment(author, { claimId: elsewhere, body: "Elsewhere." });
    const gone = await createComment(author, { claimId, body: "Soon gone." });
    await deleteComment(author, { commentId: gone.commentId, version: 1 });

    const before = await everything();
    for (const parentId of [foreign.commentId, gone.commentId, 999_999]) {
      const refusal = await refusalOf(
        createComment(otherReviewer, { claimId, parentId, body: "A reply." }),
      );
      expect(refusal).toBeInstanceOf(RuleViolation);
    }
    const unknownClaim = await refusalOf(createComment(author, { claimId: 999_999, body: "Hi" }));
    expect(unknownClaim).toBeInstanceOf(NotFoundError);
    expect(await everything()).toEqual(before);
  });
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

describe("live updates", () => {
  it("announces a comment to other app instances on commit, and a refusal not at all", async () => {
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    try {
      const heard: unknown[] = [];
      listener.on("notification", (message) => heard.push(JSON.parse(message.payload ?? "null")));
      await listener.query(`listen ${CLAIM_CHANGES_CHANNEL}`);

      const claimId = await makeClaim();
      const { commentId } = await createComment(author, { claimId, body: "Live." });
      await refusalOf(editComment(otherReviewer, { commentId, version: 1, body: "No." }));
      await editComment(author, { commentId, version: 1, body: "Live, edited." });
      await deleteComment(author, { commentId, version: 2 });

      await expect.poll(() => heard.length).toBe(3);
      // a moment more, in case the refused edit's notification were on its way
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).toEqual(
        Array.from({ length: 3 }, () => ({ claimId, kind: "comment", actorId: author.id })),
      );
    } finally {
      await listener.end();
    }
  });
});
