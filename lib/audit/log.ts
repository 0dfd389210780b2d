import "server-only";
import { desc, eq, lt } from "drizzle-orm";
import { getDb, getPool } from "@/db";
import { auditEvents, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { verifyAuditChain } from "./chain";

export const AUDIT_PAGE_SIZE = 50;

/** Newest events first, a page at a time by id (keyset: fast however long the trail). */
export async function listAuditEvents(actor: User, beforeId?: number) {
  assertRole(actor, "admin");
  return getDb()
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      before: auditEvents.before,
      after: auditEvents.after,
      actorEmail: users.email,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(beforeId ? lt(auditEvents.id, beforeId) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE);
}

/** Walks the whole hash chain; only admins may run it. */
export async function checkAuditIntegrity(actor: User) {
  assertRole(actor, "admin");
  return verifyAuditChain(getPool());
}
