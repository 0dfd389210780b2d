import "server-only";
import { getPool } from "@/db";
import type { ClaimStatus, User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import type { DatePrecision } from "@/lib/text/dates";
import { rankSimilarClaims, type DraftClaim, type RankedCandidate } from "./rank";

/** Claims looked at per probe (two words of the statement or the quote; four probes). */
const PER_PROBE = 6;
/** Characters of a draft read: a claim's statement is short, its quote one passage. */
export const DRAFT_STATEMENT_LIMIT = 300;
export const DRAFT_QUOTE_LIMIT = 1200;

type CandidateRow = {
  id: number;
  statement: string;
  quote: string;
  quoteLanguage: string;
  status: ClaimStatus;
  eventDate: string | null;
  eventDatePrecision: DatePrecision | null;
  reportId: number;
  reportTitle: string;
  statementScore: number;
  quoteScore: number;
};

export type SimilarClaim = RankedCandidate<CandidateRow>;

/**
 * The candidates' SQL: the claims whose search_text holds two of the draft
 * statement's or quote's longest words (desk_probe_words, db/migrations/0013),
 * through search_text's trigram index, a few per probe; each scored by the
 * trigram similarity of its statement with the draft's and of its quote with
 * the draft's, as `word_similarity` of the shorter within the longer, so a
 * half-typed statement matches the whole of one and a quote cut from a longer
 * sentence matches the sentence. Prepared once per connection (planning it
 * took as long as running it).
 */
export const similarClaimsQuery = {
  name: "desk-similar-claims",
  text: `
    with draft as (
      select desk_normalise($1) as statement, desk_normalise($2) as quote,
             desk_probe_words($1, 4) as statement_words, desk_probe_words($2, 4) as quote_words
    ),
    probes as (
      select statement_words[1:2] as words from draft
      union all
      select case when cardinality(statement_words) = 4 then statement_words[3:4] end from draft
      union all
      select quote_words[1:2] from draft
      union all
      select case when cardinality(quote_words) = 4 then quote_words[3:4] end from draft
    ),
    candidates as (
      select distinct found.id
      from probes
      cross join lateral (
        select c.id from claims c
        where c.search_text like '%' || probes.words[1] || '%'
          and c.search_text like '%' || coalesce(probes.words[2], '') || '%'
          and c.id is distinct from $3::integer
        limit $4
      ) as found
      where cardinality(probes.words) > 0
    )
    select c.id, c.statement, c.quote, c.quote_language as "quoteLanguage", c.status,
           c.event_date::text as "eventDate", c.event_date_precision as "eventDatePrecision",
           c.report_id as "reportId", r.title as "reportTitle",
           case when draft.statement = '' then 0
                when length(c.statement_folded) <= length(draft.statement)
                  then word_similarity(c.statement_folded, draft.statement)
                else word_similarity(draft.statement, c.statement_folded) end as "statementScore",
           case when draft.quote = '' then 0
                when length(c.quote_folded) <= length(draft.quote)
                  then word_similarity(c.quote_folded, draft.quote)
                else word_similarity(draft.quote, c.quote_folded) end as "quoteScore"
    from candidates
    join claims c on c.id = candidates.id
    join reports r on r.id = c.report_id
    cross join draft`,
};

/**
 * Up to five claims on the desk, from any report, that look the same as a
 * claim being written: what the "Make claim" form shows as the statement and
 * quote are typed. Any reviewer may ask.
 */
export async function findSimilarClaims(
  actor: User,
  draft: DraftClaim,
  options: { excludedClaimId?: number } = {},
): Promise<SimilarClaim[]> {
  assertRole(actor, "reviewer");
  const statement = draft.statement.trim().slice(0, DRAFT_STATEMENT_LIMIT);
  const quote = draft.quote.trim().slice(0, DRAFT_QUOTE_LIMIT);
  if (statement === "" && quote === "") return [];
  const result = await getPool().query<CandidateRow>({
    ...similarClaimsQuery,
    values: [statement, quote, options.excludedClaimId ?? null, PER_PROBE],
  });
  const rows = result.rows.map((row) => ({
    ...row,
    statementScore: Number(row.statementScore),
    quoteScore: Number(row.quoteScore),
  }));
  return rankSimilarClaims({ statement, quote }, rows);
}
