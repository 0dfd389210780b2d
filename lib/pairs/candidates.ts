import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import type { ClaimStatus, PairProposalKind } from "@/db/schema";
import type { ComparableClaim } from "@/lib/contradictions/detect";

/**
 * At most this many candidate pairs are judged for the whole desk, the most
 * alike first: enough for any desk people read through, and a bound on the
 * page's work on a generated desk of 10,000 claims where every claim resembles
 * twenty others.
 */
export const DESK_CANDIDATE_LIMIT = 1500;

export type CandidatePair = {
  claimId: number;
  otherClaimId: number;
  /** null when only the day and a tag brought them together */
  statementSimilarity: number | null;
  quoteSimilarity: number | null;
};

export type PairedClaim = ComparableClaim & {
  status: ClaimStatus;
  reportId: number;
  reportTitle: string;
  quoteLanguage: string;
  entityNames: Record<number, string>;
};

/** Which pairs a list asks for: the whole desk's, one claim's, or those with a claim of one report. */
export type PairsAround = { claimId: number } | { reportId: number } | null;

/** The pairs and, once each, the claims they are in, by id. */
export type CandidatePairs = { pairs: CandidatePair[]; claims: Map<number, PairedClaim> };

type PairedClaimRow = Omit<PairedClaim, "entityIds" | "entityNames"> & {
  tags: Array<{ entityId: number; name: string }>;
};

/**
 * The pairs worth judging, from two indexed sources, never every pair of the
 * desk: the claims each claim resembles (claim_resemblances, kept by a
 * trigger), and claims about the same day that share a tag (the event-date
 * index, then claim_entities by claim) — two accounts of one attack rarely
 * share their words but do share the day and who was there. Pairs already
 * linked, whatever the link, and pairs dismissed for `kind` are left out.
 * With `around`, only the pairs one claim is in, or one report's claims are in.
 *
 * The claims of the pairs, with what the detector reads and the lists show,
 * come in the same statement (issue 23: each round trip costs the server more
 * CPU than its rows): one row, the pairs strongest first and each claim once,
 * as two JSON arrays, so a claim in many pairs travels once.
 */
export async function candidatePairs(
  db: Executor,
  kind: PairProposalKind,
  around: PairsAround,
): Promise<CandidatePairs> {
  const ofAround =
    around === null
      ? null
      : "claimId" in around
        ? sql`select ${around.claimId}::integer as id`
        : sql`select id from claims where report_id = ${around.reportId}`;
  const resembling =
    ofAround === null
      ? sql``
      : sql`where r.claim_id in (${ofAround}) or r.other_claim_id in (${ofAround})`;
  const sameDay =
    ofAround === null
      ? sql`select a.id as a, b.id as b, a.id as tagged_a, b.id as tagged_b
            from claims a join claims b on b.event_date = a.event_date and b.id > a.id
            where a.event_date_precision = 'day' and b.event_date_precision = 'day'`
      : sql`select distinct least(a.id, b.id) as a, greatest(a.id, b.id) as b, a.id as tagged_a, b.id as tagged_b
            from claims a join claims b on b.event_date = a.event_date and b.id <> a.id
            where a.id in (${ofAround})
              and a.event_date_precision = 'day' and b.event_date_precision = 'day'`;
  const result = await db.execute<{
    pairs: Array<{
      claimId: number;
      otherClaimId: number;
      statementSimilarity: number | null;
      quoteSimilarity: number | null;
    }>;
    claims: PairedClaimRow[];
  }>(sql`
    with found as (
      select r.claim_id as a, r.other_claim_id as b,
             r.statement_similarity as statement_similarity, r.quote_similarity as quote_similarity
      from claim_resemblances r
      ${resembling}
      union all
      select same_day.a, same_day.b, null, null
      from (${sameDay}) as same_day
      where exists (
        select 1 from claim_entities ea
        join claim_entities eb on eb.entity_id = ea.entity_id and eb.claim_id = same_day.tagged_b
        where ea.claim_id = same_day.tagged_a
      )
    ),
    pairs as (
      select a, b, max(statement_similarity) as statement_similarity,
             max(quote_similarity) as quote_similarity
      from found group by a, b
    ),
    chosen as (
      select p.a, p.b, p.statement_similarity, p.quote_similarity,
             row_number() over (
               order by greatest(coalesce(p.statement_similarity, 0.25),
                                 coalesce(p.quote_similarity, 0.25)) desc, p.a, p.b) as rank
      from pairs p
      where not exists (
          select 1 from claim_relations r
          where least(r.from_claim_id, r.to_claim_id) = p.a
            and greatest(r.from_claim_id, r.to_claim_id) = p.b
        )
        and not exists (
          select 1 from claim_pair_dismissals d
          where d.claim_id = p.a and d.other_claim_id = p.b and d.kind = ${kind}
        )
      order by rank
      limit ${DESK_CANDIDATE_LIMIT}
    )
    select
      coalesce((select json_agg(json_build_object('claimId', ch.a, 'otherClaimId', ch.b,
                  'statementSimilarity', ch.statement_similarity,
                  'quoteSimilarity', ch.quote_similarity) order by ch.rank)
                  from chosen ch), '[]') as pairs,
      -- each claim's tags come with it
      coalesce((select json_agg(json_build_object('id', c.id, 'statement', c.statement,
                  'quote', c.quote, 'quoteLanguage', c.quote_language,
                  'eventDate', c.event_date::text, 'eventDatePrecision', c.event_date_precision,
                  'status', c.status, 'reportId', c.report_id, 'reportTitle', r.title,
                  'tags', coalesce((
                    select json_agg(json_build_object('entityId', ce.entity_id, 'name', e.name)
                                    order by ce.entity_id)
                      from claim_entities ce join entities e on e.id = ce.entity_id
                     where ce.claim_id = c.id), '[]')))
                  from claims c join reports r on r.id = c.report_id
                 where c.id in (select a from chosen union select b from chosen)), '[]') as claims`);
  const [row] = result.rows;
  const claims = new Map<number, PairedClaim>();
  for (const { tags, ...claim } of row?.claims ?? []) {
    claims.set(claim.id, {
      ...claim,
      entityIds: tags.map((tag) => tag.entityId),
      entityNames: Object.fromEntries(tags.map((tag) => [tag.entityId, tag.name])),
    });
  }
  const pairs = (row?.pairs ?? []).map((pair) => ({
    claimId: pair.claimId,
    otherClaimId: pair.otherClaimId,
    statementSimilarity:
      pair.statementSimilarity === null ? null : Number(pair.statementSimilarity),
    quoteSimilarity: pair.quoteSimilarity === null ? null : Number(pair.quoteSimilarity),
  }));
  return { pairs, claims };
}
