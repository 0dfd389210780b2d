/**
 * Who watches which claim, what each person is told, and how they want to
 * hear of it by email.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { emailDelivery, notificationKind, watchReason } from "./enums";
import { users } from "./accounts";
import { claims } from "./claims";
import { comments } from "./discussion";

/**
 * A person's standing on a claim's news. A row is made by their first work on
 * the claim (author, rating, comment) or by their choice on the card; a
 * choice (watching false, or true) is never overwritten by later work, so
 * "unwatch" sticks.
 */
export const claimWatches = pgTable(
  "claim_watches",
  {
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    watching: boolean("watching").notNull(),
    reason: watchReason("reason").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.userId] })],
);

/**
 * What a person is told, written in the same transaction as the change that
 * caused it: the outbox that the bell, the inbox and the emails read. It
 * holds ids and counts, never grades or notes (blind-first): the sentence is
 * made when it is read, from the claim and the names as they are then.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id),
    kind: notificationKind("kind").notNull(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    commentId: integer("comment_id").references(() => comments.id),
    /** who acted; null for the desk itself (the demo seed, a due date passing) */
    actorId: uuid("actor_id").references(() => users.id),
    /** what the sentence needs beyond the ids: a count, a verdict, the other claim */
    detail: jsonb("detail").notNull().default({}),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
    /** the person's choice for this kind when it was written; null when no mail server was set */
    emailDelivery: emailDelivery("email_delivery"),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
  },
  (t) => [
    // the inbox, newest first
    index("notifications_recipient_id_idx").on(t.recipientId, t.id.desc()),
    // the bell: one count over a person's unread rows, answered from this index alone
    index("notifications_unread_idx")
      .on(t.recipientId)
      .where(sql`${t.readAt} is null`),
    // the daily digest's items, and immediate ones whose email never went
    index("notifications_email_pending_idx")
      .on(t.recipientId, t.id)
      .where(sql`${t.emailDelivery} in ('immediate', 'digest') and ${t.emailedAt} is null`),
    // the cleanup of read notifications after 90 days
    index("notifications_read_at_idx")
      .on(t.readAt)
      .where(sql`${t.readAt} is not null`),
  ],
);

/** A person's email choice for one kind; kinds without a row take the desk's default. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: notificationKind("kind").notNull(),
    delivery: emailDelivery("delivery").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export type ClaimWatch = typeof claimWatches.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type NotificationPreference = typeof notificationPreferences.$inferSelect;
