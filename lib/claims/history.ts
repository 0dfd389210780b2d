import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { maySeeRatings } from "@/lib/ratings/blind-first";

/** How many of a card's events its page lists; the audit log has the rest. */
export const HISTORY_LIMIT = 100;

/** What a rating event records of the grades: withheld from a blind reader. */
const gradeKeys = ["grade", "reliability", "credibility", "note"];

/**
 * A card's audit events, newest first, with who did each. A reader who has
 * neither rated the claim nor chosen to see the others' grades gets the
 * rating events without their grades and notes (blind-first), as the rating
 * panel and the board withhold them.
 */
export async function getClaimHistory(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const events = await getDb()
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      actor: users.displayName,
      before: auditEvents.before,
      after: auditEvents.after,
      seesGrades: maySeeRatings(actor, claimId).mapWith(Boolean),
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, String(claimId))))
    .orderBy(desc(auditEvents.id))
    .limit(HISTORY_LIMIT);
  return events.map(({ seesGrades, ...event }) => {
    const gradesHidden = !seesGrades && /^rating\.(create|update)$/.test(event.action);
    return gradesHidden
      ? {
          ...event,
          before: withoutGrades(event.before),
          after: withoutGrades(event.after),
          gradesHidden,
        }
      : { ...event, gradesHidden };
  });
}

function withoutGrades(recorded: unknown): unknown {
  if (!recorded || typeof recorded !== "object" || Array.isArray(recorded)) return recorded;
  return Object.fromEntries(Object.entries(recorded).filter(([key]) => !gradeKeys.includes(key)));
}

export type ClaimHistoryEvent = Awaited<ReturnType<typeof getClaimHistory>>[number];
