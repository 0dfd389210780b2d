import "server-only";
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  isNull,
  lt,
  lte,
  max,
  min,
  sql,
  type SQL,
} from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { auditEvents, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { SYSTEM_ACTOR, type AuditCursor, type AuditFilters } from "./filters";

/**
 * The audit log, newest first, filtered, a page at a time by id (keyset), so
 * a page costs the same at event 50 or event 1,000,000.
 *
 * The filters map onto indexes whose last column is id: actor → (actor_id,
 * id), action → (action, id), entity id → (entity_type, entity_id, id). A
 * time range becomes an id range by two lookups on occurred_at, because the
 * chain trigger stamps occurred_at in id order.
 *
 * One filter, the "driver", is walked in id order on its index (the primary
 * key when no filter has such an index: an entity type alone). Other filters
 * are checked per candidate, by an index probe where one fits, and the walk
 * stops after a fixed number of candidates. Without that cap, filters that
 * rarely coincide (an actor who never did an action) would read every event
 * of the driver before answering "none"; instead the page says where it
 * stopped and "Older events" carries on from there.
 */

export const AUDIT_PAGE_SIZE = 50;
/** candidates one page may examine when several filters are combined */
export const AUDIT_SCAN_LIMIT = 10_000;
/**
 * The cap when a secondary filter must read the event row itself (an entity
 * type without an id: no (entity_type, id) index to probe), a random heap
 * read per candidate instead of an index probe.
 */
export const AUDIT_SCAN_LIMIT_ROW_CHECK = 2_000;

/** The account an event is about, beside the one who acted. */
const subject = alias(users, "subject");

export type AuditLogEvent = {
  id: number;
  occurredAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** for an event about an account, whose: the id alone says nothing to a reader */
  entityEmail: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

export type AuditLogPage = {
  /** newest first */
  events: AuditLogEvent[];
  older: { before: number } | null;
  newer: { after: number } | null;
  /** set when the search stopped at this event to stay fast: the next page in that direction continues past it */
  searchStoppedAt: number | null;
};

/** the audit table's filtered columns, on the table itself or on an alias of it */
type AuditColumns = Record<"actorId" | "action" | "entityType" | "entityId", AnyPgColumn>;
type Condition = {
  where: (table: AuditColumns) => SQL | undefined;
  /** whether checking one event against it is an index probe (else a read of the row) */
  probedByIndex: boolean;
};

/** The filters as conditions, most selective index first: the first is the driver. */
function conditionsByIndex(filters: AuditFilters): Condition[] {
  const { actor, action, entityType, entityId } = filters;
  const conditions: (Condition | null)[] = [
    // an entity id names a handful of events; with or without its type it uses the entity index
    entityId === undefined
      ? null
      : {
          where: (t) =>
            and(
              entityType === undefined ? undefined : eq(t.entityType, entityType),
              eq(t.entityId, entityId),
            ),
          probedByIndex: true,
        },
    actor === undefined
      ? null
      : {
          where: (t) => (actor === SYSTEM_ACTOR ? isNull(t.actorId) : eq(t.actorId, actor)),
          probedByIndex: true,
        },
    action === undefined ? null : { where: (t) => eq(t.action, action), probedByIndex: true },
    // a type alone is coarse and its index does not give id order: the last choice of driver
    entityType === undefined || entityId !== undefined
      ? null
      : { where: (t) => eq(t.entityType, entityType), probedByIndex: false },
  ];
  return conditions.filter((condition) => condition !== null);
}

/**
 * The ids bounding a time range, or null when no event falls in it. Each
 * bound is one probe of the occurred_at index. occurred_at is
 * clock_timestamp() taken under the chain's lock, so it rises with id; only a
 * server clock stepped backwards could blur a bound, by that step.
 */
async function idRangeForTime(from?: Date, to?: Date) {
  const db = getDb();
  const range: { min?: number; max?: number } = {};
  if (from) {
    const [first] = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(gte(auditEvents.occurredAt, from))
      .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id))
      .limit(1);
    if (!first) return null;
    range.min = first.id;
  }
  if (to) {
    const [last] = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(lt(auditEvents.occurredAt, to))
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
      .limit(1);
    if (!last) return null;
    range.max = last.id;
  }
  return range;
}

export async function listAuditEvents(
  actor: User,
  filters: AuditFilters = {},
  cursor: AuditCursor = null,
): Promise<AuditLogPage> {
  assertRole(actor, "admin");
  const empty: AuditLogPage = { events: [], older: null, newer: null, searchStoppedAt: null };

  const range = await idRangeForTime(filters.from, filters.to);
  if (!range) return empty;
  let lowest = range.min ?? 1;
  let highest = range.max ?? Number.MAX_SAFE_INTEGER;
  if (cursor && "before" in cursor) highest = Math.min(highest, cursor.before - 1);
  if (cursor && "after" in cursor) lowest = Math.max(lowest, cursor.after + 1);
  if (lowest > highest) return cursor ? pageAround([], cursor, null) : empty;

  const conditions = conditionsByIndex(filters);
  // a condition without an id-ordered index cannot drive: walk the primary key and check each row
  const driver = conditions[0]?.probedByIndex ? conditions[0] : undefined;
  const others = driver ? conditions.slice(1) : conditions;
  const scanLimit = others.every((c) => c.probedByIndex)
    ? AUDIT_SCAN_LIMIT
    : AUDIT_SCAN_LIMIT_ROW_CHECK;
  const newerFirst = !(cursor && "after" in cursor);
  const order = newerFirst ? desc : asc;
  const db = getDb();

  const candidates = db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        driver?.where(auditEvents),
        gte(auditEvents.id, lowest),
        highest < Number.MAX_SAFE_INTEGER ? lte(auditEvents.id, highest) : undefined,
      ),
    )
    .orderBy(order(auditEvents.id))
    .limit(others.length > 0 ? scanLimit : AUDIT_PAGE_SIZE + 1)
    .as("candidates");

  const probe = alias(auditEvents, "probe");
  const matching = db
    .select({ id: candidates.id })
    .from(candidates)
    .where(
      and(
        ...others.map((condition) =>
          exists(
            db
              .select({ found: sql`1` })
              .from(probe)
              .where(and(eq(probe.id, candidates.id), condition.where(probe))),
          ),
        ),
      ),
    )
    .orderBy(order(candidates.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .as("matching");

  const rows: AuditLogEvent[] = await db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorId: auditEvents.actorId,
      actorEmail: users.email,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      entityEmail: subject.email,
      before: auditEvents.before,
      after: auditEvents.after,
      requestId: auditEvents.requestId,
    })
    .from(matching)
    .innerJoin(auditEvents, eq(auditEvents.id, matching.id))
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(
      subject,
      and(eq(auditEvents.entityType, "user"), sql`${subject.id}::text = ${auditEvents.entityId}`),
    )
    .orderBy(order(auditEvents.id));

  let stoppedAt: number | null = null;
  if (rows.length <= AUDIT_PAGE_SIZE && others.length > 0) {
    // fewer matches than a page: either there are no more, or the candidate cap was reached
    const [scan] = await db
      .select({
        examined: count(),
        edge: newerFirst ? min(candidates.id) : max(candidates.id),
      })
      .from(candidates);
    if (scan && scan.examined >= scanLimit && scan.edge !== null) stoppedAt = Number(scan.edge);
  }
  return pageAround(rows, cursor, stoppedAt);
}

/** Pages and links from up to PAGE_SIZE + 1 matches in walking order (the extra one means "more"). */
function pageAround(
  matches: AuditLogEvent[],
  cursor: AuditCursor,
  stoppedAt: number | null,
): AuditLogPage {
  const more = matches.length > AUDIT_PAGE_SIZE;
  const shown = matches.slice(0, AUDIT_PAGE_SIZE);

  if (cursor && "after" in cursor) {
    const events = shown.reverse();
    const newest = events[0]?.id;
    return {
      events,
      newer: more ? { after: newest! } : stoppedAt !== null ? { after: stoppedAt } : null,
      // we came from there: older events exist (or the previous page was a stopped search)
      older: { before: events.at(-1)?.id ?? cursor.after + 1 },
      searchStoppedAt: more ? null : stoppedAt,
    };
  }
  const oldest = shown.at(-1)?.id;
  return {
    events: shown,
    older: more ? { before: oldest! } : stoppedAt !== null ? { before: stoppedAt } : null,
    newer: cursor ? { after: shown[0]?.id ?? cursor.before - 1 } : null,
    searchStoppedAt: more ? null : stoppedAt,
  };
}
