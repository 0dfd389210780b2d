import "server-only";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import type { AuditAction } from "./actions";

/**
 * How many of `actions` a person did in the last minute, read from the audit
 * trail: the pace of things the desk does for a person on the network
 * (fetching a report's page, checking a source's), so the limit holds across
 * app instances with no counter of its own.
 */
export async function actionsInTheLastMinute(
  actorId: string,
  actions: AuditAction[],
): Promise<number> {
  const [recent] = await getDb()
    .select({ count: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(
      and(
        gt(auditEvents.occurredAt, sql`now() - interval '1 minute'`),
        eq(auditEvents.actorId, actorId),
        inArray(auditEvents.action, actions),
      ),
    );
  return recent?.count ?? 0;
}
