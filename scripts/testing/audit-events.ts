import { and, eq, like } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";

/** The audit events of one action on one thing, for tests that check what was recorded. */
export function auditEventsOf(entityType: string, entityId: number, action: string) {
  return getDb()
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, entityType),
        eq(auditEvents.entityId, String(entityId)),
        eq(auditEvents.action, action),
      ),
    );
}

/**
 * Every audit event of one thing in the order they were written; with
 * `prefix` ("comment."), only the actions that start with it.
 */
export function everyAuditEventOf(entityType: string, entityId: number, prefix?: string) {
  return getDb()
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, entityType),
        eq(auditEvents.entityId, String(entityId)),
        prefix === undefined ? undefined : like(auditEvents.action, `${prefix}%`),
      ),
    )
    .orderBy(auditEvents.id);
}

/** A claim card's audit events in the order they were written (everyAuditEventOf). */
export const claimEventsOf = (claimId: number, prefix?: string) =>
  everyAuditEventOf("claim", claimId, prefix);
