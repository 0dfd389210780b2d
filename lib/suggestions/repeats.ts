import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import type { ClaimStatus } from "@/db/schema";
import { findConflicts, readClaim } from "@/lib/contradictions/detect";

/**
 * A sentence repeats a claim's quote when the two are at least this alike
 * (trigram similarity of the folded texts), or when the claim's quote is, all
 * but a few letters, a clause of the sentence: wire copy republished, a
 * statement quoted again by another outlet.
 */
export const REPEAT_SIMILARITY = 0.5;
export const REPEAT_CONTAINED = 0.8;

export type RepeatedClaim = {
  claimId: number;
  statement: string;
  status: ClaimStatus;
  reportId: number;
  reportTitle: string;
};

type Row = RepeatedClaim & {
  index: number;
  quote: string;
  similarity: number;
  contained: number;
};

/**
 * For each sentence, the claim from another report it repeats, if any: the
 * most alike of the claims found by its longest words (desk_similar_candidates,
 * the same search as the Make claim form's), unless the two give different
 * dates or counts, which makes the sentence a new claim, and possibly a
 * contradiction, not a repeat.
 */
export async function findRepeatedClaims(
  db: Executor,
  reportId: number,
  sentences: string[],
): Promise<Array<RepeatedClaim | null>> {
  if (sentences.length === 0) return [];
  const result = await db.execute<Row>(sql`
    select s.position::int as "index", c.id as "claimId", c.statement, c.quote, c.status,
           c.report_id as "reportId", r.title as "reportTitle",
           similarity(c.quote_folded, desk_normalise(s.sentence)) as similarity,
           word_similarity(c.quote_folded, desk_normalise(s.sentence)) as contained
    from jsonb_array_elements_text(${JSON.stringify(sentences)}::jsonb) with ordinality
         as s(sentence, position)
    cross join lateral desk_similar_candidates('', s.sentence, null, 6) as candidate(id)
    join claims c on c.id = candidate.id and c.report_id <> ${reportId}
    join reports r on r.id = c.report_id`);
  const best: Array<{ row: Row; score: number } | null> = sentences.map(() => null);
  for (const row of result.rows) {
    const similarity = Number(row.similarity);
    const contained = Number(row.contained);
    if (similarity < REPEAT_SIMILARITY && contained < REPEAT_CONTAINED) continue;
    const sentence = sentences[row.index - 1]!;
    const differs = findConflicts(
      readClaim({ id: 0, statement: "", quote: sentence, ...noCard }),
      readClaim({ id: row.claimId, statement: "", quote: row.quote, ...noCard }),
    );
    if (differs.length > 0) continue;
    const score = Math.max(similarity, contained);
    const kept = best[row.index - 1];
    if (!kept || score > kept.score || (score === kept.score && row.claimId < kept.row.claimId)) {
      best[row.index - 1] = { row, score };
    }
  }
  return best.map((found) =>
    found
      ? {
          claimId: found.row.claimId,
          statement: found.row.statement,
          status: found.row.status,
          reportId: found.row.reportId,
          reportTitle: found.row.reportTitle,
        }
      : null,
  );
}

const noCard = { eventDate: null, eventDatePrecision: null, entityIds: [] };
