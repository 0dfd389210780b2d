import "server-only";
import type { Executor } from "@/db";
import { auditEvents } from "@/db/schema";
import { currentRequestId } from "@/lib/request-id";
import type { AuditAction } from "./actions";

export type AuditEntry = {
  /** null for the system (demo seed, scripts without a signed-in person) */
  actorId: string | null;
  /** one of the desk's actions (./actions.ts), e.g. "claim.create", "auth.sign_in_failed" */
  action: AuditAction;
  entityType: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
  /** by default the current request's; a script ties all its events to one of its own */
  requestId?: string;
};

/**
 * Appends one event to the audit trail. Call it with the same transaction as
 * the change it describes, as its last statement: the chain trigger holds a
 * lock from here until commit, so the shorter that stretch the better.
 */
export async function recordAudit(tx: Executor, entry: AuditEntry) {
  await tx.insert(auditEvents).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: entry.requestId ?? (await currentRequestId()),
  });
}
