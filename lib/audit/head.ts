import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

/**
 * The newest event of the trail and its hash: what an admin keeps outside
 * the database. Read as stored, not verified; "Verify against a head" later
 * proves whether everything up to it is unchanged.
 */
export async function readAuditHead(actor: User) {
  assertRole(actor, "admin");
  const [head] = await getDb()
    .select({ eventId: auditEvents.id, hash: auditEvents.hash, occurredAt: auditEvents.occurredAt })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return head ?? null;
}
