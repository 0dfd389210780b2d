import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { notifications } from "@/db/schema";

/**
 * How many of a person's notifications are unread, as one scalar subquery over
 * the partial index of unread rows: the bell's number, for a read that wants
 * it beside others (the session's own read on every page, lib/auth/current-user.ts).
 */
export function unreadNotificationsOf(recipientId: AnyColumn | SQL | string): SQL<number> {
  return sql<number>`(select count(*)::int from ${notifications}
    where ${notifications.recipientId} = ${recipientId} and ${notifications.readAt} is null)`;
}
