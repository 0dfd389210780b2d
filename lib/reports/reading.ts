/**
 * A report's full text cut into what the reader renders: paragraphs (one per
 * line of the stored text, blank lines dropped) and, inside each, runs of
 * text covered by the same set of claim quotes. Offsets stay those of the
 * stored text, so a selection in the browser maps back to the anchor the
 * server checks. Pure, so the cutting can be tested without a browser.
 */
import { textDirection } from "@/lib/text/arabic";

export type QuoteRange = { claimId: number; start: number; end: number };

export type TextRun = {
  start: number;
  end: number;
  text: string;
  /** the claims whose quotes cover this run, first-anchored first; empty for plain text */
  claimIds: number[];
};

export type ReadingParagraph = {
  start: number;
  end: number;
  direction: "rtl" | "ltr";
  runs: TextRun[];
};

export function readingParagraphs(text: string, quotes: QuoteRange[]): ReadingParagraph[] {
  const ordered = [...quotes]
    .filter((quote) => quote.end > quote.start)
    .sort((a, b) => a.start - b.start || a.claimId - b.claimId);
  const paragraphs: ReadingParagraph[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (line[0].trim() === "") continue;
    const start = line.index;
    const end = start + line[0].length;
    const inside = ordered.filter((quote) => quote.start < end && quote.end > start);
    paragraphs.push({
      start,
      end,
      direction: textDirection(line[0]),
      runs: cutIntoRuns(text, start, end, inside),
    });
  }
  return paragraphs;
}

function cutIntoRuns(text: string, start: number, end: number, quotes: QuoteRange[]): TextRun[] {
  // every place a quote begins or ends is a boundary between runs
  const boundaries = new Set([start, end]);
  for (const quote of quotes) {
    boundaries.add(Math.max(start, quote.start));
    boundaries.add(Math.min(end, quote.end));
  }
  const cuts = [...boundaries].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const claimIds = quotes
      .filter((quote) => quote.start <= from && quote.end >= to)
      .map((quote) => quote.claimId);
    const previous = runs.at(-1);
    if (previous && sameClaims(previous.claimIds, claimIds)) {
      previous.end = to;
      previous.text = text.slice(previous.start, to);
    } else {
      runs.push({ start: from, end: to, text: text.slice(from, to), claimIds });
    }
  }
  return runs;
}

function sameClaims(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
