import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { auditEvents } from "@/db/schema";
import { currentRequestId } from "@/lib/request-id";
import type { AuditAction, AuditEntityType } from "./actions";

export type AuditEntry = {
  /** null for the system (demo seed, scripts without a signed-in person) */
  actorId: string | null;
  /** one of the desk's actions (./actions.ts), e.g. "claim.create", "auth.sign_in_failed" */
  action: AuditAction;
  entityType: AuditEntityType;
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
export async function recordAudit(tx: Executor, entry: AuditEntry, options: AuditOptions = {}) {
  if (options.notify) return recordAuditAndNotify(tx, entry, options.notify);
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

export type AuditOptions = {
  /**
   * A NOTIFY sent by the same statement as the event (delivered on commit,
   * as any NOTIFY): a write that announces itself pays one round trip for both.
   */
  notify?: { channel: string; payload: string };
};

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

async function recordAuditAndNotify(
  tx: Executor,
  entry: AuditEntry,
  notify: NonNullable<AuditOptions["notify"]>,
) {
  const requestId = entry.requestId ?? (await currentRequestId());
  const entityId = entry.entityId == null ? null : String(entry.entityId);
  await tx.execute(sql`
    insert into ${auditEvents} (actor_id, action, entity_type, entity_id, before, after, request_id)
    select ${entry.actorId}::uuid, ${entry.action}, ${entry.entityType}, ${entityId},
           ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb, ${requestId}
    from (select pg_notify(${notify.channel}, ${notify.payload})) as announced`);
}
