import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

/** How many of a card's events its page lists; the audit log has the rest. */
export const HISTORY_LIMIT = 100;

/** A card's audit events, newest first, with who did each. */
export async function getClaimHistory(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  return getDb()
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      actor: users.displayName,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, String(claimId))))
    .orderBy(desc(auditEvents.id))
    .limit(HISTORY_LIMIT);
}

export type ClaimHistoryEvent = Awaited<ReturnType<typeof getClaimHistory>>[number];
