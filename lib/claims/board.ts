import "server-only";
import { and, asc, count, desc, eq, isNull, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/db";
import { getReadDb } from "@/db/replica";
import {
  claimAssignments,
  claims,
  evidence,
  ratings,
  reports,
  users,
  type ReliabilityGrade,
  type User,
} from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { maySeeRatings } from "@/lib/ratings/blind-first";
import { claimCardColumns } from "@/lib/claims/card-columns";
import { computeConsensus } from "@/lib/review/status";
import { BOARD_PAGE_SIZE, type BoardFilter } from "./board-query";
import { todayUtc } from "@/lib/assignments/due";
import { isOpenAssignment } from "@/lib/assignments/record";
import {
  assignedTo,
  awaitingRatingBy,
  hasOverdueAssignment,
  isUnassigned,
  eventDatesOverlap,
  hasChangedEvidence,
  inReport,
  isContradicted,
  matchesSearch,
  ratedBy,
  restsOn,
  taggedWith,
  withComputedStatus,
  withStandingVerdict,
} from "./selection";

/**
 * The claim board: one page of cards for a filter, and the choices the
 * filters offer. One statement, whatever the size of the desk: the page's
 * ids in the chosen order, each card with the grades behind its consensus
 * and its holders, and the count of every match beside them. (Each round trip
 * costs the server more than a query's work on this machine class.)
 *
 * Every order and the contradiction flag read columns of the claim row that
 * the rating, evidence and relation writes keep current (rating_count,
 * contradicted; lib/review/review-summary.ts), so a page is an index scan
 * rather than an aggregate over every rating on the desk. No order reads a
 * grade: blind-first, a viewer who has not rated must not learn from the
 * order how far apart the others' grades are.
 */

/** Characters of the quote a card shows; the claim page has the rest. */
export const QUOTE_EXCERPT_LENGTH = 280;

/** The board's filter as conditions of the claim selection (./selection.ts). */
function boardConditions(actor: User, filter: BoardFilter): SQL | undefined {
  return and(
    matchesSearch(filter.q),
    filter.reportId ? inReport(filter.reportId) : undefined,
    // the computed status; the Verdict filter asks after the standing verdict
    filter.status ? withComputedStatus(filter.status) : undefined,
    filter.reviewerId ? ratedBy(filter.reviewerId) : undefined,
    filter.verdict ? withStandingVerdict(filter.verdict) : undefined,
    filter.entityId ? taggedWith(filter.entityId) : undefined,
    filter.assignee === "none" ? isUnassigned : undefined,
    filter.assignee && filter.assignee !== "none"
      ? assignedTo(filter.assignee === "me" ? actor.id : filter.assignee)
      : undefined,
    filter.overdue ? hasOverdueAssignment(todayUtc()) : undefined,
    filter.sourceId ? restsOn(filter.sourceId) : undefined,
    filter.needsMyRating ? awaitingRatingBy(actor.id) : undefined,
    filter.hasContradictions ? isContradicted : undefined,
    filter.evidenceChanged ? hasChangedEvidence : undefined,
    eventDatesOverlap(filter.from, filter.to),
  );
}

/**
 * Every claim a filter matches, up to `limit` + 1 (so the caller can tell a
 * selection too large to act on): "all that match this filter" on the board.
 */
export async function claimIdsMatching(
  actor: User,
  filter: BoardFilter,
  limit: number,
): Promise<number[]> {
  assertRole(actor, "reviewer");
  const rows = await getDb()
    .select({ id: claims.id })
    .from(claims)
    .where(boardConditions(actor, filter))
    .orderBy(asc(claims.id))
    .limit(limit + 1);
  return rows.map((row) => row.id);
}

/** The ids of one page, in the chosen order; the id breaks every tie, so pages never overlap. */
function pageOfClaimIds(db: Database, where: SQL | undefined, filter: BoardFilter) {
  const offset = (filter.page - 1) * BOARD_PAGE_SIZE;
  if (filter.sort === "newest") {
    return db
      .select({ id: claims.id })
      .from(claims)
      .where(where)
      .orderBy(desc(claims.createdAt), desc(claims.id))
      .limit(BOARD_PAGE_SIZE)
      .offset(offset);
  }

  // spelled as in the indexes (db/schema/claims.ts), nulls last included, so
  // Postgres reads the page in index order instead of sorting every match
  const descending = (column: AnyColumn) => sql`${column} desc nulls last`;
  const order =
    filter.sort === "disputed"
      ? [
          sql`(${claims.status} = 'disputed') desc`,
          descending(claims.contradicted),
          descending(claims.ratingCount),
          descending(claims.createdAt),
          descending(claims.id),
        ]
      : [asc(claims.ratingCount), asc(claims.createdAt), asc(claims.id)];
  return db
    .select({ id: claims.id })
    .from(claims)
    .where(where)
    .orderBy(...order)
    .limit(BOARD_PAGE_SIZE)
    .offset(offset);
}

/** How many claims match, on every page together. */
function countOfClaims(db: Database, where: SQL | undefined) {
  return db.select({ value: count() }).from(claims).where(where);
}

/** The queries behind a page of the board, unexecuted: for EXPLAIN in the tests. */
export function claimBoardQueries(actor: User, filter: BoardFilter) {
  assertRole(actor, "reviewer");
  const where = boardConditions(actor, filter);
  const db = getDb();
  return { page: pageOfClaimIds(db, where, filter), count: countOfClaims(db, where) };
}

export type BoardConsensus =
  | { state: "none" }
  /** blind-first: others' grades stay hidden until this viewer rates or reveals */
  | { state: "hidden" }
  | { state: "shown"; reliability: ReliabilityGrade | null; credibility: number | null };

/**
 * A page of cards in the board's order, as this viewer may see them, with the
 * count of every match. The page's ids come as an array in the chosen order
 * and are unnested with their ordinality: the order the cards come back in.
 */
async function cardsOfPage(db: Database, actor: User, where: SQL | undefined, filter: BoardFilter) {
  const ids = pageOfClaimIds(db, where, filter);
  // one statement: each card's visible grades and holders come with it as JSON
  const rows = await db
    .select({
      ...claimCardColumns,
      quote: sql<string>`left(${claims.quote}, ${QUOTE_EXCERPT_LENGTH})`,
      quoteTruncated: sql<boolean>`char_length(${claims.quote}) > ${QUOTE_EXCERPT_LENGTH}`,
      eventDate: claims.eventDate,
      eventDatePrecision: claims.eventDatePrecision,
      reportId: reports.id,
      reportTitle: reports.title,
      ratingCount: claims.ratingCount,
      evidenceCount: db.$count(
        evidence,
        and(eq(evidence.claimId, claims.id), isNull(evidence.retractedAt)),
      ),
      contradicted: claims.contradicted,
      evidenceChanged: hasChangedEvidence,
      // hidden grades never leave the database
      visibleGrades: sql<Array<{ reliability: ReliabilityGrade; credibility: number }>>`coalesce((
        select json_agg(json_build_object('reliability', ${ratings.reliability}, 'credibility', ${ratings.credibility}))
        from ${ratings}
        where ${ratings.claimId} = ${claims.id} and ${maySeeRatings(actor, claims.id)}), '[]'::json)`,
      // who holds each card now, and by when
      holders: sql<Array<{ name: string; dueOn: string | null }>>`coalesce((
        select json_agg(json_build_object('name', ${users.displayName}, 'dueOn', ${claimAssignments.dueOn})
                        order by ${users.displayName})
        from ${claimAssignments} join ${users} on ${users.id} = ${claimAssignments.assigneeId}
        where ${claimAssignments.claimId} = ${claims.id} and ${isOpenAssignment}), '[]'::json)`,
      total: sql<number>`(${countOfClaims(db, where)})`.mapWith(Number),
    })
    .from(sql`unnest(array(${ids})) with ordinality as page(id, position)`)
    .innerJoin(claims, sql`${claims.id} = page.id`)
    .innerJoin(reports, eq(reports.id, claims.reportId))
    .orderBy(sql`page.position`);

  // past the last page no row carries the count: it is asked on its own
  const total =
    rows[0]?.total ?? (filter.page > 1 ? ((await countOfClaims(db, where))[0]?.value ?? 0) : 0);
  const cards = rows.map(
    ({ reportId, reportTitle, visibleGrades: grades, holders: held, total: _total, ...card }) => {
      let consensus: BoardConsensus = { state: "none" };
      if (card.ratingCount > 0 && grades.length === 0) consensus = { state: "hidden" };
      if (grades.length > 0) {
        const { reliability, credibility } = computeConsensus(grades);
        consensus = { state: "shown", reliability, credibility };
      }
      const dueDates = held.flatMap((holder) => (holder.dueOn ? [holder.dueOn] : [])).sort();
      return {
        ...card,
        report: { id: reportId, title: reportTitle },
        consensus,
        assignees: held.map((holder) => holder.name),
        /** the soonest due date of its open assignments */
        dueOn: dueDates[0] ?? null,
      };
    },
  );
  return { cards, total };
}

export type ClaimBoardCard = Awaited<ReturnType<typeof cardsOfPage>>["cards"][number];

export type ClaimBoardPage = {
  cards: ClaimBoardCard[];
  /** claims matching the filter, on every page */
  total: number;
  pageCount: number;
};

/** One page of the board for a filter. Every signed-in role may read the board. */
export async function listClaimCards(actor: User, filter: BoardFilter): Promise<ClaimBoardPage> {
  assertRole(actor, "reviewer");
  const where = boardConditions(actor, filter);
  // the board may trail the primary by a moment, except for a person who just wrote
  const db = await getReadDb(actor.id);
  const { cards, total } = await cardsOfPage(db, actor, where, filter);
  return { cards, total, pageCount: Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE)) };
}

// the filters' lists, in a file of their own
export { listBoardFilterOptions, type BoardFilterOptions } from "./board-options";
