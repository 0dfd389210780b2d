import { and, desc, eq } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditEvents, claimWatches, notifications, users } from "@/db/schema";
import { createComment } from "@/lib/discussion/write";
import { NotFoundError } from "@/lib/errors";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { notificationsOf, watch } from "@/scripts/testing/notification-fixtures";
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
import { setWatching } from "./watch";

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
