import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import type { ClaimStatus, PairProposalKind } from "@/db/schema";
import type { ComparableClaim } from "@/lib/contradictions/detect";
import type { DatePrecision } from "@/lib/text/dates";

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

/**
 * The pairs worth judging, from two indexed sources, never every pair of the
 * desk: the claims each claim resembles (claim_resemblances, kept by a
 * trigger), and claims about the same day that share a tag (the event-date
 * index, then claim_entities by claim) — two accounts of one attack rarely
 * share their words but do share the day and who was there. Pairs already
 * linked, whatever the link, and pairs dismissed for `kind` are left out.
 * With `around`, only the pairs one claim is in, or one report's claims are in.
 */
export async function candidatePairs(
  db: Executor,
  kind: PairProposalKind,
  around: PairsAround,
): Promise<CandidatePair[]> {
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
    claimId: number;
    otherClaimId: number;
    statementSimilarity: number | null;
    quoteSimilarity: number | null;
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
    )
    select p.a as "claimId", p.b as "otherClaimId",
           p.statement_similarity as "statementSimilarity", p.quote_similarity as "quoteSimilarity"
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
    order by greatest(coalesce(p.statement_similarity, 0.25), coalesce(p.quote_similarity, 0.25)) desc,
             p.a, p.b
    limit ${DESK_CANDIDATE_LIMIT}`);
  return result.rows.map((row) => ({
    claimId: row.claimId,
    otherClaimId: row.otherClaimId,
    statementSimilarity: row.statementSimilarity === null ? null : Number(row.statementSimilarity),
    quoteSimilarity: row.quoteSimilarity === null ? null : Number(row.quoteSimilarity),
  }));
}

/** The claims of the pairs, with what the detector reads and the lists show. */
export async function pairedClaims(
  db: Executor,
  claimIds: number[],
): Promise<Map<number, PairedClaim>> {
  if (claimIds.length === 0) return new Map();
  const ids = sql`${sql.join(
    claimIds.map((id) => sql`${id}`),
    sql`, `,
  )}`;
  // each claim's tags come with it, as JSON: one round trip for the lot
  const rows = await db.execute<{
    id: number;
    statement: string;
    quote: string;
    quoteLanguage: string;
    eventDate: string | null;
    eventDatePrecision: DatePrecision | null;
    status: ClaimStatus;
    reportId: number;
    reportTitle: string;
    tags: Array<{ entityId: number; name: string }>;
  }>(sql`
    select c.id, c.statement, c.quote, c.quote_language as "quoteLanguage",
           c.event_date::text as "eventDate", c.event_date_precision as "eventDatePrecision",
           c.status, c.report_id as "reportId", r.title as "reportTitle",
           coalesce((select json_agg(json_build_object('entityId', ce.entity_id, 'name', e.name)
                                     order by ce.entity_id)
                       from claim_entities ce join entities e on e.id = ce.entity_id
                      where ce.claim_id = c.id), '[]') as tags
    from claims c join reports r on r.id = c.report_id
    where c.id in (${ids})`);
  const claims = new Map<number, PairedClaim>();
  for (const { tags, ...row } of rows.rows) {
    claims.set(row.id, {
      ...row,
      entityIds: tags.map((tag) => tag.entityId),
      entityNames: Object.fromEntries(tags.map((tag) => [tag.entityId, tag.name])),
    });
  }
  return claims;
}
