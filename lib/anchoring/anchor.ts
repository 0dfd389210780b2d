/**
 * A claim remembers where its quote sits in the report the way a W3C Web Annotation does: the
 * exact text with a little context either side (a TextQuoteSelector) plus offsets (a
 * TextPositionSelector). The offsets make redrawing the highlight instant; the context is what
 * lets `relocateAnchor` find the quote again once the report text has changed.
 *
 * Offsets count UTF-16 code units, as JavaScript strings index, so the browser's selection and
 * the stored text agree without conversion.
 */

/** Characters of context kept either side of the quote (fewer at the edges of the text). */
export const ANCHOR_CONTEXT_LENGTH = 32;

export type QuoteAnchor = {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
};

/** Anchors the selection [start, end) of a report's text; throws if it selects nothing. */
export function createAnchor(text: string, start: number, end: number): QuoteAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new Error(`Quote selection offsets must be whole numbers, got ${start} to ${end}.`);
  }
  if (start < 0 || end > text.length || start > end) {
    throw new Error(
      `Quote selection ${start} to ${end} lies outside the report text (0 to ${text.length}).`,
    );
  }
  if (start === end) throw new Error(`Quote selection at ${start} is empty.`);
  const exact = text.slice(start, end);
  if (exact.trim() === "") {
    throw new Error(`Quote selection ${start} to ${end} contains only whitespace.`);
  }
  return {
    exact,
    prefix: withoutSplitCharacters(text.slice(Math.max(0, start - ANCHOR_CONTEXT_LENGTH), start)),
    suffix: withoutSplitCharacters(text.slice(end, end + ANCHOR_CONTEXT_LENGTH)),
    start,
    end,
  };
}

/**
 * Anchors the first place the quote occurs word for word, for claims typed or pasted rather than
 * selected. Null when the quote is blank or not in the text.
 */
export function anchorFromQuote(text: string, quote: string): QuoteAnchor | null {
  if (quote.trim() === "") return null;
  const start = text.indexOf(quote);
  return start === -1 ? null : createAnchor(text, start, start + quote.length);
}

// A fixed-width cut can halve an emoji or other astral character; a lone surrogate would be
// stored as U+FFFD and never match the report again, so the half is dropped.
function withoutSplitCharacters(context: string): string {
  let from = 0;
  let to = context.length;
  if (isLowSurrogate(context.charCodeAt(0))) from = 1;
  if (to > from && isHighSurrogate(context.charCodeAt(to - 1))) to -= 1;
  return context.slice(from, to);
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
