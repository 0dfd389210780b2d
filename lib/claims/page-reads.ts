import "server-only";
import { eq, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import {
  claimAssignments,
  claimEntities,
  claimRelations,
  claimSources,
  claimWatches,
  claims,
  entities,
  ratingReveals,
  ratings,
  reportSources,
  reports,
  users,
  verdicts,
  type Claim,
  type ClaimAssignment,
  type ClaimRelation,
  type ClaimWatch,
  type Entity,
  type Rating,
  type Verdict,
} from "@/db/schema";
import { hasChangedEvidence, standingVerdict } from "@/lib/claims/selection";
import { statusInputColumns, statusInputOf } from "@/lib/review/refresh-status";

/**
 * What a claim's page reads of one claim, in one statement: the card, and
 * beside it, as JSON, the claim's sources, ratings, verdicts, live
 * assignments, links to other claims, what its status rule reads, and the
 * viewer's reveal and watch. Each round trip to PostgreSQL costs the server more CPU than the
 * rows it brings (issue 23), and the page's panels each asked for their
 * part: sixteen statements, now one, read once per render (React's cache).
 *
 * Not an authority: the readers that hand these out (getClaimCard,
 * getRatingPanel, listClaimAssignments, …) check the actor's role, and the
 * rating panel alone decides what of the ratings the viewer may see
 * (blind-first). Writes read what they check afresh, inside their
 * transaction. The page reads the primary (getDb), so a person sees their
 * own write at once.
 */

/** Characters of report text shown either side of the quote on its card. */
const CONTEXT_CHARACTERS = 280;

type JsonDate<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

export type ClaimPageRating = Pick<
  Rating,
  "reviewerId" | "reliability" | "credibility" | "note" | "updatedAt"
> & { reviewer: string };

export type ClaimPageVerdict = Pick<
  Verdict,
  "id" | "verdict" | "rationale" | "decidedAt" | "reopenedAt" | "reopenReason"
> & { decidedBy: string; reopenedBy: string | null };

export type ClaimPageAssignment = Pick<
  ClaimAssignment,
  | "id"
  | "dueOn"
  | "note"
  | "deciding"
  | "createdAt"
  | "doneAt"
  | "doneBy"
  | "doneNote"
  | "assigneeId"
> & {
  assignedBy: string | null;
  byDesk: boolean;
  tookItThemselves: boolean;
  assignee: string;
};

/** A link of the claim's, whichever end of it the claim is, with the claim at the other end. */
export type ClaimPageRelation = Pick<
  ClaimRelation,
  "id" | "kind" | "note" | "createdAt" | "createdBy"
> & {
  createdByName: string | null;
  otherId: number;
  otherStatement: string;
  otherStatus: Claim["status"];
};

const asDate = (value: string) => new Date(value);
const asDateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/**
 * One claim as its page reads it for `viewerId`, or null when there is no
 * such claim. Callers check the viewer's role first.
 */
export const readClaimPage = cache(async (claimId: number, viewerId: string) => {
  const [found] = await getDb()
    .select({
      claim: claims,
      verdict: standingVerdict,
      evidenceChanged: hasChangedEvidence,
      report: {
        id: reports.id,
        title: reports.title,
        outlet: reports.outlet,
        language: reports.language,
        url: reports.url,
        hasFullText: sql<boolean>`${reports.fullText} is not null`,
      },
      // only the stretch around the quote travels, not the whole report
      before: sql<string | null>`case when ${claims.anchorStart} is not null then
        substr(${reports.fullText}, greatest(1, ${claims.anchorStart} + 1 - ${CONTEXT_CHARACTERS}),
               least(${claims.anchorStart}, ${CONTEXT_CHARACTERS})) end`,
      after: sql<string | null>`case when ${claims.anchorEnd} is not null then
        substr(${reports.fullText}, ${claims.anchorEnd} + 1, ${CONTEXT_CHARACTERS}) end`,
      reportSourceId: sql<number | null>`(select rs.source_id from ${reportSources} rs
        where rs.report_id = ${claims.reportId})`,
      entities: sql<Array<Pick<Entity, "id" | "name" | "kind">>>`coalesce((
        select json_agg(json_build_object('id', e.id, 'name', e.name, 'kind', e.kind) order by e.name)
          from ${claimEntities} ce join ${entities} e on e.id = ce.entity_id
         where ce.claim_id = ${claims.id}), '[]')`,
      sources: sql<Array<Pick<Entity, "id" | "name" | "kind">>>`coalesce((
        select json_agg(json_build_object('id', e.id, 'name', e.name, 'kind', e.kind) order by e.name, e.id)
          from ${claimSources} cs join ${entities} e on e.id = cs.source_id
         where cs.claim_id = ${claims.id}), '[]')`,
      ratings: sql<Array<JsonDate<ClaimPageRating>>>`coalesce((
        select json_agg(json_build_object('reviewerId', r.reviewer_id, 'reviewer', u.display_name,
                 'reliability', r.reliability, 'credibility', r.credibility, 'note', r.note,
                 'updatedAt', r.updated_at) order by r.created_at)
          from ${ratings} r join ${users} u on u.id = r.reviewer_id
         where r.claim_id = ${claims.id}), '[]')`,
      verdicts: sql<Array<JsonDate<ClaimPageVerdict>>>`coalesce((
        select json_agg(json_build_object('id', v.id, 'verdict', v.verdict, 'rationale', v.rationale,
                 'decidedAt', v.decided_at, 'decidedBy', decider.display_name,
                 'reopenedAt', v.reopened_at, 'reopenedBy', reopener.display_name,
                 'reopenReason', v.reopen_reason) order by v.decided_at desc)
          from ${verdicts} v join ${users} decider on decider.id = v.decided_by
          left join ${users} reopener on reopener.id = v.reopened_by
         where v.claim_id = ${claims.id}), '[]')`,
      // not ended, open ones first
      assignments: sql<Array<JsonDate<ClaimPageAssignment>>>`coalesce((
        select json_agg(json_build_object('id', a.id, 'assignedBy', assigner.display_name,
                 'byDesk', a.assigned_by is null, 'tookItThemselves', a.assigned_by = a.assignee_id,
                 'dueOn', a.due_on, 'note', a.note, 'deciding', a.deciding, 'createdAt', a.created_at,
                 'doneAt', a.done_at, 'doneBy', a.done_by, 'doneNote', a.done_note,
                 'assigneeId', a.assignee_id, 'assignee', assignee.display_name)
                 order by a.done_at is not null, a.id)
          from ${claimAssignments} a join ${users} assignee on assignee.id = a.assignee_id
          left join ${users} assigner on assigner.id = a.assigned_by
         where a.claim_id = ${claims.id} and a.ended_at is null), '[]')`,
      // by kind, then the other claim (lib/relations/list.ts hands them out)
      relations: sql<Array<JsonDate<ClaimPageRelation>>>`coalesce((
        select json_agg(json_build_object('id', cr.id, 'kind', cr.kind, 'note', cr.note,
                 'createdAt', cr.created_at, 'createdBy', cr.created_by,
                 'createdByName', linker.display_name, 'otherId', other.id,
                 'otherStatement', other.statement, 'otherStatus', other.status)
                 order by cr.kind, other.id)
          from ${claimRelations} cr
          join ${claims} other on other.id = case when cr.from_claim_id = ${claims.id}
            then cr.to_claim_id else cr.from_claim_id end
          left join ${users} linker on linker.id = cr.created_by
         where cr.from_claim_id = ${claims.id} or cr.to_claim_id = ${claims.id}), '[]')`,
      /** the last holder whose account was deactivated */
      lastDeactivatedHolder: sql<string | null>`(
        select u.display_name from ${claimAssignments} a join ${users} u on u.id = a.assignee_id
         where a.claim_id = ${claims.id} and a.end_reason = 'deactivated'
         order by a.ended_at desc limit 1)`,
      statusInput: statusInputColumns(claims.id),
      viewerRevealed: sql<boolean>`exists (select 1 from ${ratingReveals} rr
        where rr.claim_id = ${claims.id} and rr.reviewer_id = ${viewerId})`,
      // whether any claim on the desk waits for its look-alikes (lib/pairs/resemblances.ts):
      // almost never, and then the page's pairs need not ask in a statement of their own
      anyResemblancesPending: sql<boolean>`exists (select 1 from ${claims} pending
        where pending.resemblances_pending)`,
      viewerWatch: sql<Pick<ClaimWatch, "watching" | "reason"> | null>`(
        select json_build_object('watching', w.watching, 'reason', w.reason)
          from ${claimWatches} w where w.claim_id = ${claims.id} and w.user_id = ${viewerId})`,
    })
    .from(claims)
    .innerJoin(reports, eq(reports.id, claims.reportId))
    .where(eq(claims.id, claimId));
  if (!found) return null;
  const {
    statusInput,
    ratings: ratingRows,
    verdicts: verdictRows,
    assignments,
    relations,
    ...rest
  } = found;
  return {
    ...rest,
    ratings: ratingRows.map((row) => ({ ...row, updatedAt: asDate(row.updatedAt) })),
    verdicts: verdictRows.map((row) => ({
      ...row,
      decidedAt: asDate(row.decidedAt),
      reopenedAt: asDateOrNull(row.reopenedAt),
    })),
    assignments: assignments.map((row) => ({
      ...row,
      createdAt: asDate(row.createdAt),
      doneAt: asDateOrNull(row.doneAt),
    })),
    relations: relations.map((row) => ({ ...row, createdAt: asDate(row.createdAt) })),
    statusInput: statusInputOf(statusInput),
  };
});

export type ClaimPageRead = NonNullable<Awaited<ReturnType<typeof readClaimPage>>>;
