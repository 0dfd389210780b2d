/**
 * Ranks the claims the database found for a claim being written: by how
 * alike their statements and their quotes are (pg_trgm similarity, computed
 * in SQL), then by the numbers and dates both state (22 is ٢٢, April 2025 is
 * أبريل ٢٠٢٥). A claim that states another value for the same thing is kept
 * but says so, since it may be the same claim told wrong. Pure.
 */
import {
  findConflicts,
  readClaim,
  type ReadClaim,
  type ValueConflict,
} from "@/lib/contradictions/detect";
import { datesAgree } from "@/lib/contradictions/dates-agree";
import type { DatePrecision } from "@/lib/text/dates";
import { formatEventDate } from "@/lib/text/event-date";
import { BoundedCache } from "@/lib/bounded-cache";
import { draftWords, markSharedWords, type MarkedText } from "./marks";

export type DraftClaim = { statement: string; quote: string };

export type Candidate = {
  id: number;
  statement: string;
  quote: string;
  eventDate: string | null;
  eventDatePrecision: DatePrecision | null;
  /** trigram similarity of the statements, or of the draft's words within this statement */
  statementScore: number;
  quoteScore: number;
};

export type RankedCandidate<C extends Candidate> = C & {
  score: number;
  /** values both state: "22", "April 2025" */
  sharedValues: string[];
  /** a value this claim states otherwise, when it does */
  conflict: ValueConflict | null;
  statementMarks: MarkedText;
  quoteMarks: MarkedText;
};

export const SIMILAR_CLAIMS_SHOWN = 5;
/** Below this a claim does not look the same; measured on the demo desk's pairs (similar.integration.test.ts). */
export const MIN_SIMILARITY = 0.4;
const VALUE_WEIGHT = 0.1;
const MAX_VALUE_BONUS = 0.2;

function sharedValues(a: ReadClaim, b: ReadClaim): string[] {
  const shared = new Set<string>();
  for (const left of a.numbers) {
    if (b.numbers.some((right) => right.value === left.value)) shared.add(left.value);
  }
  for (const left of a.eventDates) {
    const match = b.eventDates.find(
      (right) => right.precision === left.precision && datesAgree(left, right),
    );
    if (match) shared.add(formatEventDate(left.iso, left.precision, "en", "long"));
  }
  return [...shared];
}

// The same claims come back with every keystroke of a draft: each one's
// reading (its words, dates and counts) is kept, by its id and text.
const readings = new BoundedCache<string, ReadClaim>(2_000_000);

function readCandidate(candidate: Candidate): ReadClaim {
  const key = [candidate.id, candidate.statement, candidate.quote, candidate.eventDate].join(
    "\u0000",
  );
  return readings.getOrCompute(key, key.length, () => readClaim({ ...candidate, entityIds: [] }));
}

/** Candidates whose words alone are this far from the threshold cannot reach it with values. */
const TEXT_FLOOR = MIN_SIMILARITY - MAX_VALUE_BONUS;
/** Candidates whose values are read: the most alike by their words. */
const READ_AT_MOST = 2 * SIMILAR_CLAIMS_SHOWN;

/**
 * The claims that look the same as the draft, most alike first, at most
 * SIMILAR_CLAIMS_SHOWN, with the draft's words marked in each.
 */
export function rankSimilarClaims<C extends Candidate>(
  draft: DraftClaim,
  candidates: C[],
): Array<RankedCandidate<C>> {
  const textScore = (candidate: Candidate) => {
    const best = Math.max(candidate.statementScore, candidate.quoteScore);
    const other = Math.min(candidate.statementScore, candidate.quoteScore);
    // the better of the two texts decides, the other confirms
    return best + 0.25 * other;
  };
  const likely = candidates
    .map((candidate) => ({ candidate, text: textScore(candidate) }))
    .filter(({ text }) => text >= TEXT_FLOOR)
    .sort((x, y) => y.text - x.text || x.candidate.id - y.candidate.id)
    .slice(0, READ_AT_MOST);
  if (likely.length === 0) return [];
  const words = draftWords(draft.statement, draft.quote);
  const readDraft = readClaim({
    id: 0,
    ...draft,
    eventDate: null,
    eventDatePrecision: null,
    entityIds: [],
  });
  return likely
    .map(({ candidate, text }) => {
      const read = readCandidate(candidate);
      const values = sharedValues(readDraft, read);
      // shared numbers and dates tip the balance
      const score = text + Math.min(values.length * VALUE_WEIGHT, MAX_VALUE_BONUS);
      return { candidate, read, values, score };
    })
    .filter(({ score }) => score >= MIN_SIMILARITY)
    .sort((x, y) => y.score - x.score || x.candidate.id - y.candidate.id)
    .slice(0, SIMILAR_CLAIMS_SHOWN)
    .map(({ candidate, read, values, score }) => ({
      ...candidate,
      score,
      sharedValues: values,
      conflict: findConflicts(readDraft, read)[0] ?? null,
      statementMarks: markSharedWords(candidate.statement, words),
      quoteMarks: markSharedWords(candidate.quote, words),
    }));
}
