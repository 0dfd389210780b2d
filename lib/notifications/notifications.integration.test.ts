import { and, desc, eq } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, claimWatches, notifications, users, type User } from "@/db/schema";
import { addEvidence } from "@/lib/evidence/add";
import { createComment, editComment } from "@/lib/discussion/write";
import { RuleViolation, NotFoundError } from "@/lib/errors";
import { rateClaim } from "@/lib/ratings/rate";
import { addRelation } from "@/lib/relations/add";
import { reopenVerdict, setVerdict } from "@/lib/verdicts/decide";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { getDiscussion } from "@/lib/discussion/thread";
import { NOTIFICATIONS_CHANNEL, parseBellChange } from "./bell-channel";
import { deleteOldReadNotifications } from "./cleanup";
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  unreadCount,
} from "./inbox";
import { mentionToken } from "./mentions";
import { getWatchState, setWatching } from "./watch";

const notificationsOf = (person: User) =>
  getDb()
    .select()
    .from(notifications)
    .where(eq(notifications.recipientId, person.id))
    .orderBy(notifications.id);

async function watch(person: User, claimId: number) {
  await setWatching(person, claimId, true);
}

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

describe("the inbox", () => {
  it("counts unread, marks one and all read, hears live, and refuses another's id as not found, audited", async () => {
    const claim = await makeClaim();
    const reader = await makeUser("reviewer");
    const intruder = await makeUser("reviewer");
    await watch(reader, claim.id);

    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (m) => heard.push(m.payload ?? ""));
    await listener.query(`LISTEN ${NOTIFICATIONS_CHANNEL}`);
    try {
      const writer = await makeUser("reviewer");
      await createComment(writer, { claimId: claim.id, body: "One" });
      await createComment(writer, { claimId: claim.id, body: "Two" });
      expect(await unreadCount(reader)).toBe(2);
      await expect.poll(() => heard.length).toBeGreaterThanOrEqual(2);
      expect(parseBellChange(heard[0])?.recipients).toContain(reader.id);

      const { entries } = await listNotifications(reader);
      expect(entries.map((e) => e.read)).toEqual([false, false]);
      const { target } = await markNotificationRead(reader, entries[0]!.id);
      expect(target).toMatch(new RegExp(`^/claims/${claim.id}#comment-\\d+$`));
      expect(await unreadCount(reader)).toBe(1);

      await expect(markNotificationRead(intruder, entries[1]!.id)).rejects.toThrow(NotFoundError);
      const [refusal] = await getDb()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.actorId, intruder.id), eq(auditEvents.action, "authz.refused")));
      expect(refusal?.entityId).toBe("notification.read");
      expect(await unreadCount(reader)).toBe(1);

      expect(await markAllNotificationsRead(reader)).toBe(1);
      expect(await unreadCount(reader)).toBe(0);
    } finally {
      await listener.end();
    }
  });
});

describe("claim_watches", () => {
  it("is keyed by claim and person", async () => {
    const claim = await makeClaim();
    const person = await makeUser("reviewer");
    await setWatching(person, claim.id, true);
    await setWatching(person, claim.id, true);
    const rows = await getDb()
      .select()
      .from(claimWatches)
      .where(eq(claimWatches.claimId, claim.id));
    expect(rows).toHaveLength(1);
  });
});

describe("keeping", () => {
  it("deletes read notifications after 90 days, keeps unread ones and newer ones, and says so in the audit trail", async () => {
    const claim = await makeClaim();
    const person = await makeUser("reviewer");
    const row = (readDaysAgo: number | null, madeDaysAgo: number) => ({
      recipientId: person.id,
      kind: "watched_comment" as const,
      claimId: claim.id,
      createdAt: new Date(Date.now() - madeDaysAgo * 86_400_000),
      readAt: readDaysAgo === null ? null : new Date(Date.now() - readDaysAgo * 86_400_000),
    });
    await getDb()
      .insert(notifications)
      .values([row(91, 120), row(89, 120), row(null, 400), row(1, 2)]);
    const deleted = await deleteOldReadNotifications();
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await notificationsOf(person);
    expect(left).toHaveLength(3);
    expect(left.some((n) => n.readAt === null)).toBe(true);
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "notification.cleanup"))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(event?.after).toMatchObject({ deleted, readBeforeDays: 90 });
  });

  it("shows a mention with the person's current name after they are renamed", async () => {
    const claim = await makeClaim();
    const person = await makeUser("reviewer");
    const writer = await makeUser("reviewer");
    await createComment(writer, { claimId: claim.id, body: `Over to ${mentionToken(person)}` });
    await getDb().update(users).set({ displayName: "نور الهدى" }).where(eq(users.id, person.id));
    const { comments } = await getDiscussion(writer, claim.id);
    expect(comments[0]!.body).toBe(`Over to [@نور الهدى](user:${person.id})`);
  });
});
