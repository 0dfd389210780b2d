/**
 * Whether a source's quote is on a captured page, and which paragraph of
 * the page holds it. Both sides are folded by the desk's Arabic
 * normalisation (lib/text/arabic.ts: hamza and alef forms, diacritics,
 * Arabic-Indic digits, case, runs of whitespace), as the board's search is,
 * so a quote typed with a plain alef or Western digits is found on a page
 * that writes them otherwise. Pure.
 */
import { normaliseArabic } from "@/lib/text/arabic";
import { diffWords, type DiffPart } from "@/lib/text/word-diff";

/** null when there is no quote to look for (none, or nothing left of it once folded). */
export function quoteFoundOnPage(text: string, quote: string | null): boolean | null {
  const folded = quote ? normaliseArabic(quote) : "";
  if (folded === "") return null;
  return normaliseArabic(text).includes(folded);
}

/** The page's paragraphs as extracted (blank lines between them; single lines otherwise). */
export function paragraphsOf(text: string): string[] {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split("\n");
  return blocks.map((block) => block.trim()).filter((block) => block !== "");
}

/** A quote may run across a paragraph break; this many paragraphs together are tried. */
const MAX_PARAGRAPHS_SPANNED = 3;

/** The paragraph (or the few in a row) holding the quote; null when it is not on the page. */
export function paragraphWithQuote(text: string, quote: string): string | null {
  const folded = normaliseArabic(quote);
  if (folded === "") return null;
  const paragraphs = paragraphsOf(text);
  for (let span = 1; span <= MAX_PARAGRAPHS_SPANNED; span += 1) {
    for (let start = 0; start + span <= paragraphs.length; start += 1) {
      const passage = paragraphs.slice(start, start + span).join("\n\n");
      if (normaliseArabic(passage).includes(folded)) return passage;
    }
  }
  return null;
}

/** Below this share of words in common, a paragraph is another paragraph, not an edit of it. */
const SAME_PARAGRAPH_SIMILARITY = 0.4;

/** Dice's coefficient over the two passages' folded words (each word counted as often as it occurs). */
export function wordSimilarity(a: string, b: string): number {
  const words = (text: string) => normaliseArabic(text).split(" ").filter(Boolean);
  const left = words(a);
  const right = words(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const unmatched = counts.get(word) ?? 0;
    if (unmatched > 0) {
      shared += 1;
      counts.set(word, unmatched - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** The paragraph of `text` that `paragraph` most likely became; null when none is close. */
export function closestParagraph(text: string, paragraph: string): string | null {
  let best: { passage: string; score: number } | null = null;
  for (const passage of paragraphsOf(text)) {
    const score = wordSimilarity(paragraph, passage);
    if (!best || score > best.score) best = { passage, score };
  }
  return best && best.score >= SAME_PARAGRAPH_SIMILARITY ? best.passage : null;
}

export type QuoteParagraphChange = {
  /** the paragraph holding the quote when it was last found */
  before: string;
  /** what that paragraph reads now; null when the page no longer has it (or could not be read) */
  after: string | null;
  /** word by word, when there is an after */
  diff: DiffPart[] | null;
};

/**
 * How the quote's paragraph changed between the capture that last found the
 * quote and the page now; null when the earlier text does not hold the quote.
 */
export function quoteParagraphChange(
  earlierText: string,
  laterText: string | null,
  quote: string,
): QuoteParagraphChange | null {
  const before = paragraphWithQuote(earlierText, quote);
  if (before === null) return null;
  const after = laterText === null ? null : closestParagraph(laterText, before);
  return { before, after, diff: after === null ? null : diffWords(before, after) };
}
