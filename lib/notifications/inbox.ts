import "server-only";
import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { claims, notifications, users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusal";
import { assertRole } from "@/lib/auth/authorization";
import { NotFoundError } from "@/lib/errors";
import type { Language } from "@/lib/i18n/languages";
import { NOTIFICATIONS_CHANNEL } from "./bell-channel";
import { notificationFactColumns } from "./facts";
import { unreadNotificationsOf } from "./unread";
import type { NotificationKind } from "./kinds";
import {
  notificationSentence,
  notificationTarget,
  sentenceMessage,
  sentenceWords,
  type SentenceMessage,
} from "./sentence";

/**
 * A person's own notifications: the bell's count, the inbox, marking read.
 * Every query is bounded by the acting user as recipient; an id that is not
 * theirs is answered as not found, and the attempt is on the audit trail.
 */

export const INBOX_PAGE_SIZE = 50;

export type InboxEntry = {
  id: number;
  kind: NotificationKind;
  /** as plain text (a button's label) */
  sentence: string;
  /** the catalogue's sentence, for a page to set its names and statement in their own direction */
  message: SentenceMessage;
  /** the exact place on the claim's page */
  target: string;
  claimId: number;
  createdAt: Date;
  read: boolean;
};

/**
 * The bell: one count over the partial index of unread rows. The live stream,
 * outside any render, counts at every event.
 */
export async function unreadCount(actor: User): Promise<number> {
  const { rows } = await getDb().execute<{ n: number }>(
    sql`select ${unreadNotificationsOf(actor.id)} as n`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Newest first, a page at a time: `before` is the last id of the page above.
 * The sentences are in `language` (the page's), else the person's own.
 */
export async function listNotifications(
  actor: User,
  options: { before?: number; language?: Language } = {},
): Promise<{ entries: InboxEntry[]; nextBefore: number | null }> {
  const language = options.language ?? actor.interfaceLanguage ?? "en";
  assertRole(actor, "reviewer");
  const rows = await getDb()
    .select({ ...notificationFactColumns, readAt: notifications.readAt })
    .from(notifications)
    .innerJoin(claims, eq(claims.id, notifications.claimId))
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(
      and(
        eq(notifications.recipientId, actor.id),
        options.before ? lt(notifications.id, options.before) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(INBOX_PAGE_SIZE + 1);
  const page = rows.slice(0, INBOX_PAGE_SIZE);
  const words = sentenceWords(language, actor.digitStyle);
  const entries = page.map((row) => {
    const facts = { ...row, detail: row.detail as Record<string, unknown> };
    return {
      id: row.id,
      kind: row.kind,
      sentence: notificationSentence(facts, language, actor.digitStyle),
      message: sentenceMessage(facts, words),
      target: notificationTarget(facts),
      claimId: row.claimId,
      createdAt: row.createdAt,
      read: row.readAt !== null,
    };
  });
  return {
    entries,
    nextBefore: rows.length > INBOX_PAGE_SIZE ? page[page.length - 1]!.id : null,
  };
}

/** Tells the person's other tabs and instances that their count changed. */
async function announceBell(tx: Executor, recipientId: string) {
  await tx.execute(
    sql`select pg_notify(${NOTIFICATIONS_CHANNEL}, ${JSON.stringify({ recipients: [recipientId] })})`,
  );
}

/**
 * Marks one of the actor's notifications read and says where it leads. Read
 * already: nothing changes. Someone else's, or none: not found, audited.
 */
export async function markNotificationRead(
  actor: User,
  notificationId: number,
): Promise<{ target: string }> {
  assertRole(actor, "reviewer");
  const found = await getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({
        kind: notifications.kind,
        claimId: notifications.claimId,
        commentId: notifications.commentId,
        detail: notifications.detail,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(and(eq(notifications.id, notificationId), eq(notifications.recipientId, actor.id)))
      .for("update");
    if (!row) return null;
    const target = notificationTarget({ ...row, detail: row.detail as Record<string, unknown> });
    if (row.readAt) return { target };
    await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(eq(notifications.id, notificationId));
    await announceBell(tx, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "notification.read",
      entityType: "notification",
      entityId: notificationId,
    });
    return { target };
  });
  if (!found) {
    // one answer for "someone else's" and "none", so ids cannot be probed
    await recordRefusal(actor.id, "notification.read", {
      notificationId,
      reason: "not a notification of this account",
    });
    throw new NotFoundError("notification");
  }
  return found;
}

/** Marks every unread notification of the actor read; returns how many. */
export async function markAllNotificationsRead(actor: User): Promise<number> {
  assertRole(actor, "reviewer");
  return getDb().transaction(async (tx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(eq(notifications.recipientId, actor.id), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (marked.length === 0) return 0;
    await announceBell(tx, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "notification.read_all",
      entityType: "notification",
      entityId: null,
      after: { count: marked.length },
    });
    return marked.length;
  });
}
