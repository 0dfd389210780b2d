import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, users } from "@/db/schema";
import { addEvidence } from "@/lib/evidence/add";
import { createComment, editComment } from "@/lib/discussion/write";
import { RuleViolation } from "@/lib/errors";
import { rateClaim } from "@/lib/ratings/rate";
import { addRelation } from "@/lib/relations/add";
import { reopenVerdict, setVerdict } from "@/lib/verdicts/decide";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { notificationsOf, watch } from "@/scripts/testing/notification-fixtures";
import { listNotifications } from "./inbox";
import { mentionToken } from "./mentions";
import { getWatchState, setWatching } from "./watch";

describe("watching", () => {
  it("starts with a person's first rating and comment, and the card's choice stands", async () => {
    const claim = await makeClaim();
    const rater = await makeUser("reviewer");
    const commenter = await makeUser("reviewer");
    await rateClaim(rater, { claimId: claim.id, reliability: "B", credibility: 2, note: null });
    await createComment(commenter, { claimId: claim.id, body: "Where is the source?" });
    expect(await getWatchState(rater, claim.id)).toEqual({ watching: true, reason: "rated" });
    expect(await getWatchState(commenter, claim.id)).toEqual({
      watching: true,
      reason: "commented",
    });

    await setWatching(commenter, claim.id, false);
    await createComment(commenter, { claimId: claim.id, body: "Found it." });
    // a later comment does not undo "unwatch"
    expect(await getWatchState(commenter, claim.id)).toEqual({ watching: false, reason: "chose" });

    const events = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "claim_watch"), eq(auditEvents.actorId, commenter.id)));
    expect(events.map((e) => e.action)).toEqual(["claim_watch.stop"]);
  });

  it("an unwatched person hears nothing; a watcher hears of each kind of change, never their own", async () => {
    const claim = await makeClaim();
    const other = await makeClaim();
    const watcher = await makeUser("reviewer");
    const reviewer = await makeUser("reviewer");
    const bystander = await makeUser("reviewer");
    const editor = await makeUser("editor");
    await watch(watcher, claim.id);

    await rateClaim(reviewer, {
      claimId: claim.id,
      reliability: "A",
      credibility: 1,
      note: "secret note",
    });
    await addEvidence(reviewer, claim.id, {
      url: "https://example.org/report",
      title: "Report",
      stance: "supports",
    } as never);
    await addRelation(reviewer, {
      claimId: other.id,
      otherClaimId: claim.id,
      kind: "contradicts",
      note: "",
    });
    await setVerdict(editor, { claimId: claim.id, verdict: "false", rationale: "Not so." });
    await reopenVerdict(editor, { claimId: claim.id, reason: "New evidence." });
    await rateClaim(watcher, { claimId: other.id, reliability: "C", credibility: 3, note: null });

    const told = await notificationsOf(watcher);
    expect(told.map((n) => n.kind)).toEqual([
      "watched_rating",
      "watched_evidence",
      "watched_contradiction",
      "watched_verdict_set",
      "watched_verdict_reopened",
    ]);
    expect(told.every((n) => n.claimId === claim.id)).toBe(true);
    expect(told[0]!.detail).toEqual({ ratingCount: 1 });
    expect(told[2]!.detail).toEqual({ otherClaimId: other.id });
    expect(await notificationsOf(bystander)).toEqual([]);
    // the reviewer watches because they rated, but hears nothing of their own acts
    expect((await notificationsOf(reviewer)).map((n) => n.kind)).toEqual([
      "watched_verdict_set",
      "watched_verdict_reopened",
    ]);
  });

  it("blind-first: a rating's notification shows no grade or note to a watcher who has not rated", async () => {
    const claim = await makeClaim();
    const watcher = await makeUser("reviewer");
    const rater = await makeUser("reviewer");
    await watch(watcher, claim.id);
    await rateClaim(rater, {
      claimId: claim.id,
      reliability: "E",
      credibility: 5,
      note: "looks forged",
    });
    const [row] = await notificationsOf(watcher);
    expect(JSON.stringify(row)).not.toMatch(/E5|"E"|forged/);
    const { entries } = await listNotifications(watcher);
    expect(entries[0]!.sentence).toBe(
      `${rater.displayName} rated (1 rating now) claim ${claim.id}: ${claim.statement}`,
    );
    expect(entries[0]!.sentence).not.toMatch(/E5|forged/);
  });

  it("deactivated watchers are not told", async () => {
    const claim = await makeClaim();
    const gone = await makeUser("reviewer");
    await watch(gone, claim.id);
    await getDb().update(users).set({ active: false }).where(eq(users.id, gone.id));
    await createComment(await makeUser("reviewer"), { claimId: claim.id, body: "Hello" });
    expect(await notificationsOf(gone)).toEqual([]);
  });
});

describe("mentions and replies", () => {
  it("tells the mentioned and the replied-to once each, ahead of watching, with Arabic names", async () => {
    const claim = await makeClaim();
    const samira = await makeUser("reviewer");
    await getDb().update(users).set({ displayName: "سميرة حداد" }).where(eq(users.id, samira.id));
    const author = await makeUser("reviewer");
    const replier = await makeUser("reviewer");
    const first = await createComment(author, { claimId: claim.id, body: "The date is wrong." });
    await watch(samira, claim.id);

    // a reply to author that also mentions author and samira: one notification each
    const body = `${mentionToken({ id: samira.id, displayName: "سميرة حداد" })} و ${mentionToken({ id: author.id, displayName: author.displayName })} انظرا إلى المصدر`;
    const reply = await createComment(replier, {
      claimId: claim.id,
      parentId: first.commentId,
      body,
    });

    const samiraTold = await notificationsOf(samira);
    expect(samiraTold.map((n) => [n.kind, n.commentId])).toEqual([["mentioned", reply.commentId]]);
    const authorTold = await notificationsOf(author);
    expect(authorTold.map((n) => n.kind)).toEqual(["mentioned"]);

    const { entries } = await listNotifications(samira);
    expect(entries[0]!.sentence).toMatch(
      new RegExp(`^${replier.displayName} mentioned you on claim ${claim.id}: `),
    );
    expect(entries[0]!.target).toBe(`/claims/${claim.id}#comment-${reply.commentId}`);
  });

  it("a reply alone tells the comment's author as a reply", async () => {
    const claim = await makeClaim();
    const author = await makeUser("reviewer");
    const first = await createComment(author, { claimId: claim.id, body: "Question." });
    await createComment(await makeUser("reviewer"), {
      claimId: claim.id,
      parentId: first.commentId,
      body: "Answer.",
    });
    expect((await notificationsOf(author)).map((n) => n.kind)).toEqual(["comment_reply"]);
  });

  it("refuses a mention of a deactivated or unknown account on the body field, saving nothing", async () => {
    const claim = await makeClaim();
    const gone = await makeUser("reviewer", { active: false });
    const writer = await makeUser("reviewer");
    const refused = createComment(writer, {
      claimId: claim.id,
      body: `Ask ${mentionToken({ id: gone.id, displayName: gone.displayName })}`,
    });
    await expect(refused).rejects.toThrow(RuleViolation);
    await expect(refused).rejects.toMatchObject({ field: "body" });
    await expect(refused).rejects.toThrow(/deactivated/);
    await expect(
      createComment(writer, {
        claimId: claim.id,
        body: `[@Nobody](user:00000000-0000-4000-8000-000000000000)`,
      }),
    ).rejects.toMatchObject({ field: "body" });
    expect(await getWatchState(writer, claim.id)).toEqual({ watching: false, reason: null });
  });

  it("an edit that adds a mention tells only the newly mentioned", async () => {
    const claim = await makeClaim();
    const writer = await makeUser("reviewer");
    const first = await makeUser("reviewer");
    const second = await makeUser("reviewer");
    const watcher = await makeUser("reviewer");
    await watch(watcher, claim.id);
    const posted = await createComment(writer, {
      claimId: claim.id,
      body: `Hello ${mentionToken(first)}`,
    });
    await editComment(writer, {
      commentId: posted.commentId,
      version: 1,
      body: `Hello ${mentionToken(first)} and ${mentionToken(second)}`,
    });
    expect((await notificationsOf(first)).length).toBe(1);
    expect((await notificationsOf(second)).map((n) => n.kind)).toEqual(["mentioned"]);
    // the watcher heard of the comment once, not of its edit
    expect((await notificationsOf(watcher)).map((n) => n.kind)).toEqual(["watched_comment"]);
  });
});
