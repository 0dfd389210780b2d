import "server-only";
import { getDb } from "@/db";
import { recordAudit } from "./record";

/**
 * Records an attempt to do something the caller may not do. It commits on
 * its own: the refused change itself never started.
 */
export async function recordRefusal(
  actorId: string | null,
  attempted: string,
  detail: unknown = null,
) {
  await recordAudit(getDb(), {
    actorId,
    action: "authz.refused",
    entityType: "action",
    entityId: attempted,
    after: detail,
  });
}
