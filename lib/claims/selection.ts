import "server-only";
import {
  and,
  eq,
  exists,
  inArray,
  isNotNull,
  isNull,
  lte,
  not,
  notExists,
  sql,
  type SQL,
} from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import {
  claimAssignments,
  claimEntities,
  claimSources,
  claims,
  evidence,
  ratings,
  verdicts,
  type ClaimStatus,
  type VerdictKind,
} from "@/db/schema";
import { containing } from "@/lib/text/like";
import { searchTerms } from "./board-query";

/**
 * Which claims a selection means, said once: each export here is one
 * condition on the row of `claims` a query reads, and the board
 * (lib/claims/board.ts), the export (lib/export/query.ts) and the dashboard
 * (lib/review/dashboard.ts) AND together the ones their filters ask for. A
 * count and a list built from the same conditions cannot disagree, and
 * selection.integration.test.ts holds the three pages to it.
 *
 * Two statuses, named apart because the pages deliberately differ:
 * - the computed status (`claims.status`): what the ratings, evidence and
 *   relations say. The board's Status filter and the dashboard's counts.
 * - the effective status: the standing verdict when an editor has set one,
 *   otherwise the computed status, since a verdict overrides the computed
 *   status wherever a claim is published. The export's statuses.
 *
 * A new filter (an assignee, "evidence changed since") is one more function
 * here returning SQL over `claims`; the page that offers it adds one line
 * where it composes its conditions.
 */

// subqueries need no connection of their own: they are SQL inside the caller's query
const subquery = new QueryBuilder();

/** Joins a claim to the one verdict that stands on it (verdicts_open_claim_key: at most one). */
export const isStandingVerdictOfClaim = and(
  eq(verdicts.claimId, claims.id),
  isNull(verdicts.reopenedAt),
);

/** The standing verdict of each claim a query reads, as a column; null while none stands. */
export const standingVerdict = sql<VerdictKind | null>`(
  select ${verdicts.verdict} from ${verdicts}
  where ${verdicts.claimId} = ${claims.id} and ${verdicts.reopenedAt} is null)`;

/** An editor's verdict stands on the claim (and locks its ratings). */
export const hasStandingVerdict: SQL = exists(
  subquery
    .select({ one: sql`1` })
    .from(verdicts)
    .where(isStandingVerdictOfClaim),
);

/** The editor's standing verdict is `verdict`; "none": no verdict stands yet. */
export function withStandingVerdict(verdict: VerdictKind | "none"): SQL {
  return verdict === "none" ? not(hasStandingVerdict) : sql`${standingVerdict} = ${verdict}`;
}

/** The computed status is `status`, whatever verdict stands (the board's Status filter). */
export function withComputedStatus(status: ClaimStatus): SQL {
  return eq(claims.status, status);
}

/** A status as the export selects by: a verdict kind, or a computed status. */
export type EffectiveStatus = VerdictKind | ClaimStatus;

/**
 * The standing verdict is one of `statuses`, or no verdict stands and the
 * computed status is: `["false", "disputed"]` is the claims judged false plus
 * the undecided claims the desk finds disputed.
 */
export function withEffectiveStatus(statuses: readonly EffectiveStatus[]): SQL {
  if (statuses.length === 0) return sql`false`;
  const listed = sql.join(
    statuses.map((status) => sql`${status}`),
    sql`, `,
  );
  return sql`coalesce(${standingVerdict}::text, ${claims.status}::text) in (${listed})`;
}

export function inReport(reportId: number): SQL {
  return eq(claims.reportId, reportId);
}

/** Tagged with the entity (a country, person, organisation or place). */
export function taggedWith(entityId: number): SQL {
  return exists(
    subquery
      .select({ one: sql`1` })
      .from(claimEntities)
      .where(and(eq(claimEntities.claimId, claims.id), eq(claimEntities.entityId, entityId))),
  );
}

/** Rests on the source (claim_sources), whatever it is tagged with. */
export function restsOn(sourceId: number): SQL {
  // through claim_sources_source_idx: the source's claims, not every claim
  return inArray(
    claims.id,
    subquery
      .select({ claimId: claimSources.claimId })
      .from(claimSources)
      .where(eq(claimSources.sourceId, sourceId)),
  );
}

// Event dates are stored as the first day of their month or year when only
// that is known; the event lasts until the next one.
const eventEnd = sql`(${claims.eventDate} + case ${claims.eventDatePrecision}
  when 'year' then interval '1 year' when 'month' then interval '1 month'
  else interval '1 day' end)`;

/**
 * The claim's event (its day, month or year, by its precision) overlaps
 * `from`–`to` (YYYY-MM-DD, both inclusive, either open). With either bound,
 * claims without an event date do not match.
 */
export function eventDatesOverlap(from: string | null, to: string | null): SQL | undefined {
  return and(
    to ? lte(claims.eventDate, to) : undefined,
    from ? sql`${eventEnd} > ${from}::date` : undefined,
  );
}

/**
 * Every term of the search occurs in the claim's text, and no excluded one
 * (board-query.ts's searchTerms). claims.search_text is folded by
 * desk_normalise, the terms by its twin normaliseArabic; the trigram index
 * answers each LIKE.
 */
export function matchesSearch(query: string): SQL | undefined {
  const { include, exclude } = searchTerms(query);
  return and(
    ...include.map((term) => sql`${claims.searchText} like ${containing(term)}`),
    ...exclude.map((term) => sql`${claims.searchText} not like ${containing(term)}`),
  );
}

/** The reviewer has rated the claim. */
export function ratedBy(reviewerId: string): SQL {
  // through ratings_reviewer_claim_idx: the reviewer's ratings, not every claim's
  return inArray(
    claims.id,
    subquery
      .select({ claimId: ratings.claimId })
      .from(ratings)
      .where(eq(ratings.reviewerId, reviewerId)),
  );
}

/**
 * The claim waits for this reviewer's rating: they have not rated it, and no
 * verdict stands (a standing verdict locks ratings: nobody can rate it, so
 * nobody needs to).
 */
export function awaitingRatingBy(reviewerId: string): SQL {
  return and(
    notExists(
      subquery
        .select({ one: sql`1` })
        .from(ratings)
        .where(and(eq(ratings.claimId, claims.id), eq(ratings.reviewerId, reviewerId))),
    ),
    not(hasStandingVerdict),
  )!;
}

/**
 * A live source of the claim is flagged by the desk's checks of its page:
 * gone, or its quote no longer on it (evidence.flag, through the partial
 * index evidence_flagged_claim_idx).
 */
export const hasChangedEvidence: SQL<boolean> = exists(
  subquery
    .select({ one: sql`1` })
    .from(evidence)
    .where(
      and(eq(evidence.claimId, claims.id), isNotNull(evidence.flag), isNull(evidence.retractedAt)),
    ),
).mapWith(Boolean);

/** Another claim contradicts this one (the flag the relation writes keep on the row). */
export const isContradicted: SQL = eq(claims.contradicted, true);

/** An open assignment (neither done nor ended) of the claim a query reads, and `more`. */
function openAssignmentWhere(more?: SQL) {
  return subquery
    .select({ one: sql`1` })
    .from(claimAssignments)
    .where(
      and(
        eq(claimAssignments.claimId, claims.id),
        isNull(claimAssignments.endedAt),
        isNull(claimAssignments.doneAt),
        more,
      ),
    );
}

/** The person holds an open assignment on the claim (the board's Assignee filter, their queue). */
export function assignedTo(userId: string): SQL {
  // through claim_assignments_open_assignee_idx: the person's queue, not every claim's assignments
  return inArray(
    claims.id,
    subquery
      .select({ claimId: claimAssignments.claimId })
      .from(claimAssignments)
      .where(
        and(
          eq(claimAssignments.assigneeId, userId),
          isNull(claimAssignments.endedAt),
          isNull(claimAssignments.doneAt),
        ),
      ),
  );
}

/** Nobody holds an open assignment on the claim: it is in the pool. */
export const isUnassigned: SQL = notExists(openAssignmentWhere());

/** An open assignment on the claim was due before `today` (YYYY-MM-DD, UTC). */
export function hasOverdueAssignment(today: string): SQL {
  return exists(openAssignmentWhere(sql`${claimAssignments.dueOn} < ${today}::date`));
}
