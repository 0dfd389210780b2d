import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { maySeeRatings } from "@/lib/ratings/blind-first";

/**
 * How many of a card's events its page lists at first, newest first: what a
 * reviewer opening the card reads. A busy card has dozens, and each is a
 * sentence the page renders; the rest are one link away.
 */
export const HISTORY_FIRST_SHOWN = 10;

/** The most a card's page lists when asked for all; the audit log has the rest. */
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
  return (await getClaimHistoryPage(actor, claimId, HISTORY_LIMIT)).events;
}

/** The newest `limit` events, and how many the card has in all (read in the same statement). */
export async function getClaimHistoryPage(actor: User, claimId: number, limit: number) {
  assertRole(actor, "reviewer");
  const rows = await getDb()
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      actor: users.displayName,
      before: auditEvents.before,
      after: auditEvents.after,
      seesGrades: maySeeRatings(actor, claimId).mapWith(Boolean),
      // a window over every event of the card, counted before the limit applies
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, String(claimId))))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
  const events = rows.map(({ seesGrades, total: _total, ...event }) => {
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
  return { events, total: rows[0]?.total ?? 0 };
}

function withoutGrades(recorded: unknown): unknown {
  if (!recorded || typeof recorded !== "object" || Array.isArray(recorded)) return recorded;
  return Object.fromEntries(Object.entries(recorded).filter(([key]) => !gradeKeys.includes(key)));
}

export type ClaimHistoryEvent = Awaited<ReturnType<typeof getClaimHistory>>[number];
