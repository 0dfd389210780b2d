/**
 * Splits report text into sentences for claim suggestions and the reader.
 * Offsets point into the original text, untouched, because a suggestion
 * becomes a claim's quote anchor and must highlight exactly what the report
 * says. The rules are deliberately simple and predictable: a reviewer can
 * always widen or narrow a suggestion by selecting text themselves.
 */

export type Sentence = { start: number; end: number; text: string };

// A run of terminators, then any closing quotes or brackets that belong to
// the sentence. The Arabic question mark and semicolon end a sentence even
// when the writer left out the following space; the Latin marks need the
// space, so that URLs, decimals (1.5) and e-mail addresses stay whole.
const boundary = /\n|[؟؛]+[”"’'»)\]]*|[.!?…؟]+[”"’'»)\]]*(?=\s|$)/gu;

// Dotted abbreviations that rarely end an English sentence.
const abbreviations = new Set([
  ...["mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt"],
  ...["st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "approx"],
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
]);

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  return (
    abbreviations.has(word.toLowerCase()) ||
    // U.S, e.g, i.e: letters joined by dots
    /^(?:\p{L}\.)+\p{L}$/u.test(word) ||
    // a Latin initial, as in "John F. Kennedy"
    /^\p{Lu}$/u.test(word)
  );
}

// Whether a full stop at `at` is only part of an abbreviation, a list number
// ("4. Consider ...") or is followed by a lower-case word, so not a sentence end.
function isFalseStop(text: string, segmentStart: number, at: number): boolean {
  const before = text.slice(segmentStart, at);
  if (/^\s*\d{1,3}$/u.test(before)) return true;
  if (endsWithAbbreviation(before)) return true;
  const next = /\S/u.exec(text.slice(at + 1))?.[0] ?? "";
  return /\p{Ll}/u.test(next);
}

function trimmed(text: string, start: number, end: number): Sentence | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] ?? "")) from += 1;
  while (to > from && /\s/u.test(text[to - 1] ?? "")) to -= 1;
  const sentence = text.slice(from, to);
  // A line of only punctuation or a stray quote mark is no sentence.
  if (!/[\p{L}\p{N}]/u.test(sentence)) return undefined;
  return { start: from, end: to, text: sentence };
}

/** The sentences of an Arabic or English text, in order, trimmed, with offsets into it. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let segmentStart = 0;
  for (const match of text.matchAll(boundary)) {
    const mark = match[0];
    if (mark === "." && isFalseStop(text, segmentStart, match.index)) continue;
    const end = mark === "\n" ? match.index : match.index + mark.length;
    const sentence = trimmed(text, segmentStart, end);
    if (sentence) sentences.push(sentence);
    segmentStart = match.index + mark.length;
  }
  const last = trimmed(text, segmentStart, text.length);
  if (last) sentences.push(last);
  return sentences;
}
