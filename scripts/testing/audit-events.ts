import { and, eq } from "drizzle-orm";
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
