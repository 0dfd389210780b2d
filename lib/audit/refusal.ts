import "server-only";
import { getDb } from "@/db";
import { recordAnonymousRefusal } from "./anonymous-refusals";
import { recordAudit, type AuditEntry } from "./record";

/**
 * Records an attempt to do something the caller may not do. It commits on
 * its own: the refused change itself never started.
 */
export async function recordRefusal(
  actorId: string | null,
  attempted: string,
  detail: unknown = null,
) {
  await recordAudit(getDb(), refusalEntry(actorId, attempted, detail));
}

/**
 * Records a refusal of a caller without a valid session, coming from
 * `address`: bounded per address (./anonymous-refusals.ts).
 */
export async function recordSignedOutRefusal(
  address: string,
  holderId: string | null,
  attempted: string,
  detail: object,
) {
  await recordAnonymousRefusal(
    address,
    refusalEntry(holderId, attempted, { ...detail, ip: address }),
  );
}

function refusalEntry(actorId: string | null, attempted: string, detail: unknown): AuditEntry {
  return {
    actorId,
    action: "authz.refused",
    entityType: "action",
    entityId: attempted,
    after: detail,
  };
}
