import { beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { listenForClaimChanges } from "@/scripts/testing/claim-change-listener";
import {
  auditOf,
  commentRow,
  everything,
  makeClaimId as makeClaim,
} from "@/scripts/testing/discussion-fixtures";
import { makeUser } from "@/scripts/testing/make-user";
import { refusalOf } from "@/scripts/testing/refusal-of";
import { xssPayloads } from "@/scripts/testing/xss-payloads";
import { COMMENT_BODY_MAX_LENGTH } from "./body";
import { getDiscussion } from "./thread";
import { createComment, deleteComment, editComment } from "./write";

let author: User;
let otherReviewer: User;
beforeAll(async () => {
  [author, otherReviewer] = await Promise.all([makeUser("reviewer"), makeUser("reviewer")]);
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

describe("live updates", () => {
  it("announces a comment to other app instances on commit, and a refusal not at all", async () => {
    const listener = await listenForClaimChanges();
    try {
      const claimId = await makeClaim();
      const { commentId } = await createComment(author, { claimId, body: "Live." });
      await refusalOf(editComment(otherReviewer, { commentId, version: 1, body: "No." }));
      await editComment(author, { commentId, version: 1, body: "Live, edited." });
      await deleteComment(author, { commentId, version: 2 });

      await expect.poll(() => listener.heard.length).toBe(3);
      // a moment more, in case the refused edit's notification were on its way
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(listener.heard).toEqual(
        Array.from({ length: 3 }, () => ({ claimId, kind: "comment", actorId: author.id })),
      );
    } finally {
      await listener.stop();
    }
  });
});
