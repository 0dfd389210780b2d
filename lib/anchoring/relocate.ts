/**
 * Finding a claim's quote again after the report text has changed: re-imported, cleaned up,
 * lightly edited. Offsets are tried first, then the exact words, then the words on a folded copy
 * of the text (whitespace runs collapsed, Arabic diacritics, tatweel and invisible marks
 * removed), then an edit-distance scan that tolerates a few changed characters.
 *
 * Every guess beyond the offsets has to be backed either by a quote long enough to name its place
 * on its own or by stored surroundings that still agree. A highlight on the wrong sentence misleads
 * a reviewer more than a quote marked as lost, so when in doubt the anchor is orphaned.
 */
import { createAnchor, type QuoteAnchor } from "./anchor";
import { fold, toReportRange } from "./fold";
import { nearMatches, type Candidate } from "./near-matches";

export type RelocationMethod = "position" | "exact" | "fuzzy";
export type Relocation =
  | { state: "anchored"; anchor: QuoteAnchor; method: RelocationMethod }
  | { state: "orphaned"; reason: string };

/** Edits tolerated inside a quote, as a share of its length. */
const MAX_ERROR_RATE = 0.15;
/** Trigram overlap of stored and current surroundings above which the surroundings vouch. */
const CONTEXT_AGREES = 0.4;
/** Matched characters (less two per edit) that identify a place without help from context. */
const SELF_EVIDENT_LENGTH = 32;
/** Candidates scoring closer than this are a tie, settled by the old offset or not at all. */
const TIE_MARGIN = 0.05;
/** More candidate places than this and the quote is too common to place safely. */
const MAX_CANDIDATES = 2000;

export function relocateAnchor(
  text: string,
  stored: Partial<QuoteAnchor> & { exact: string },
): Relocation {
  const { exact, start, end } = stored;
  if (exact.trim() === "") return orphaned("The stored quote is empty: there is nothing to find.");
  if (start !== undefined && end !== undefined && isRange(text, start, end)) {
    if (text.slice(start, end) === exact) return anchored(text, start, end, "position");
  }
  const prefix = stored.prefix ?? "";
  const suffix = stored.suffix ?? "";

  const plain: SearchSpace = { text, prefix, suffix, quoteLength: exact.length, origin: (i) => i };
  const exactVerdict = choose(occurrences(text, exact), plain, start);
  if (exactVerdict?.pick)
    return anchored(text, exactVerdict.pick.start, exactVerdict.pick.end, "exact");

  const report = fold(text);
  const quote = fold(exact).text.trim();
  const folded: SearchSpace = {
    text: report.text,
    prefix: fold(prefix).text,
    suffix: fold(suffix).text,
    quoteLength: quote.length,
    origin: (i) => report.origin[i] ?? text.length,
  };
  let verdict = choose(occurrences(report.text, quote), folded, start);
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATE);
  if (!verdict?.pick && maxErrors > 0) {
    const near = nearMatches(quote, report.text, maxErrors, MAX_CANDIDATES);
    verdict = choose(near, folded, start) ?? verdict;
  }
  if (verdict?.pick) return anchored(text, ...toReportRange(text, report, verdict.pick), "fuzzy");
  return orphaned(
    verdict?.reason ??
      exactVerdict?.reason ??
      "The quote no longer appears in the report text, not even approximately.",
  );
}

type Verdict = { pick: Candidate; reason?: undefined } | { pick?: undefined; reason: string };
/** A text to search (the report or its folded copy) with the stored context in the same form. */
type SearchSpace = {
  text: string;
  prefix: string;
  suffix: string;
  quoteLength: number;
  origin: (index: number) => number;
};

/** Picks the one candidate that is clearly best and trustworthy; null when there is none. */
function choose(candidates: Candidate[], space: SearchSpace, oldStart?: number): Verdict | null {
  if (candidates.length === 0) return null;
  if (candidates.length > MAX_CANDIDATES) {
    return { reason: `The quote is too common to place: it fits over ${MAX_CANDIDATES} places.` };
  }
  const scored = candidates
    .map((candidate) => {
      const context = contextAgreement(space, candidate);
      const quality = 1 - candidate.errors / space.quoteLength;
      const distance = Math.abs(space.origin(candidate.start) - (oldStart ?? 0));
      return { candidate, context, score: quality + (context ?? 0), distance };
    })
    .sort((a, b) => b.score - a.score);
  const top = scored[0]!.score;
  const rivals = scored.filter((s) => s.score >= top - TIE_MARGIN);
  if (rivals.length > 1) {
    rivals.sort((a, b) => a.distance - b.distance);
    if (oldStart === undefined || rivals[0]!.distance === rivals[1]!.distance) {
      return { reason: `The quote fits ${rivals.length} places equally well.` };
    }
  }
  const best = rivals[0]!;
  const selfEvident = space.quoteLength - 2 * best.candidate.errors >= SELF_EVIDENT_LENGTH;
  const trusted =
    selfEvident ||
    (best.context === null ? best.candidate.errors === 0 : best.context >= CONTEXT_AGREES);
  if (trusted) return { pick: best.candidate };
  const alike = Math.round(100 * (1 - best.candidate.errors / space.quoteLength));
  return { reason: `The closest match (${alike}% alike) sits in different surroundings.` };
}

/** How far the stored prefix and suffix survive around a candidate, 0 to 1; null if none stored. */
function contextAgreement(space: SearchSpace, { start, end }: Candidate): number | null {
  const parts: number[] = [];
  const { text, prefix, suffix } = space;
  if (prefix) parts.push(likeness(prefix, text.slice(Math.max(0, start - prefix.length), start)));
  if (suffix) parts.push(likeness(suffix, text.slice(end, end + suffix.length)));
  return parts.length === 0 ? null : parts.reduce((sum, part) => sum + part, 0) / parts.length;
}

// Shared character trigrams (Dice coefficient): unlike edit distance, two unrelated snippets
// score near zero, and a word changed or shifted a few places still leaves most trigrams intact.
function likeness(stored: string, current: string): number {
  const a = fold(stored).text;
  const b = fold(current).text;
  if (a.length < 3 || b.length < 3) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= a.length; i++) {
    const trigram = a.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 3 <= b.length; i++) {
    const left = counts.get(b.slice(i, i + 3)) ?? 0;
    if (left > 0) counts.set(b.slice(i, i + 3), left - 1);
    if (left > 0) shared++;
  }
  return (2 * shared) / (a.length - 2 + (b.length - 2));
}

function occurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  if (quote === "") return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
    if (found.length > MAX_CANDIDATES) break;
  }
  return found;
}

function isRange(text: string, start: number, end: number): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start < end &&
    end <= text.length
  );
}

function anchored(text: string, start: number, end: number, method: RelocationMethod): Relocation {
  return { state: "anchored", anchor: createAnchor(text, start, end), method };
}

function orphaned(reason: string): Relocation {
  return { state: "orphaned", reason };
}
