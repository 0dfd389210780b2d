/**
 * Suggests the sentences of a report most worth turning into claim cards.
 * A checkable claim names a number, a date or a quantity and says who says
 * so; opinion, speculation, questions, headings and link lines are not
 * checkable. The score is a plain weighted sum of the signals in
 * features.ts so that each suggestion can tell the reviewer why it was
 * made ("number", "date", "attribution: وفقا").
 */
import { findDates } from "@/lib/text/dates";
import { splitSentences } from "@/lib/text/sentences";
import { readSignals, type SentenceSignals } from "./features";
import { sentenceFingerprint, suggestionKey } from "./key";

export type ClaimSuggestion = {
  start: number;
  end: number;
  text: string;
  score: number;
  /** short English words for the UI, strongest first */
  reasons: string[];
  /** stable across re-imports; pass back in `dismissed` to hide the sentence */
  key: string;
};

export type SuggestOptions = { limit?: number; dismissed?: Set<string> };

const defaultLimit = 15;

// Below this a sentence is a heading, a byline or a fragment; above the long
// limit it bundles several claims and the reviewer would have to cut it up.
const shortLength = 40;
const briefLength = 70;
const longLength = 450;
const veryLongLength = 700;

type Scored = { score: number; reasons: string[] };

function weigh(signals: SentenceSignals): Scored {
  const weighed: Array<{ weight: number; reason: string | null }> = [];
  const add = (weight: number, reason: string | null = null) => weighed.push({ weight, reason });

  if (signals.datePrecision === "day" || signals.datePrecision === "month") add(2.5, "date");
  else if (signals.datePrecision === "year") add(1.5, "year");
  if (signals.numbers > 0) add(2 + Math.min(signals.numbers - 1, 2) * 0.5, "number");
  if (signals.numberWords > 0) add(signals.numbers > 0 ? 0.5 : 1.5, "number word");
  if (signals.quantity) add(1, "quantity");
  if (signals.first) add(1, "first");
  // The first source matters most; a second cue adds less ("قال ... للصحيفة").
  signals.attributions.forEach((label, index) => {
    add(index === 0 ? 2 : index < 3 ? 0.5 : 0, `attribution: ${label}`);
  });
  if (signals.entityHints > 0) add(Math.min(signals.entityHints, 4) * 0.5, "named entity");
  if (signals.namedAct) add(1.5, "act by a named actor");

  if (signals.hedges > 0) add(-Math.min(signals.hedges, 2) * 0.75, "hedged");
  if (signals.question) add(-3, "question");
  if (signals.proseLength < shortLength) add(-4, "short");
  else if (signals.proseLength < briefLength) add(-1);
  if (signals.proseLength > veryLongLength) add(-2, "long");
  else if (signals.proseLength > longLength) add(-1, "long");

  return {
    score: weighed.reduce((sum, { weight }) => sum + weight, 0),
    // Strongest first; penalties last. The sort is stable, so ties keep
    // the order above.
    reasons: weighed
      .sort((a, b) => b.weight - a.weight)
      .flatMap(({ reason }) => (reason === null ? [] : [reason])),
  };
}

/**
 * An English sentence is suggested only when it carries something to check:
 * a number, a date, a quantity or a past act by a named actor. An attribution
 * verb or a place name alone ("Officials on both sides say they are
 * committed to improving trade") is not enough, and neither is a headline.
 * Arabic keeps the weighted score alone: its reporting verbs and titles carry
 * the claim more often, and the demo reports measure it (rank.test.ts).
 */
function isCheckable(signals: SentenceSignals): boolean {
  if (!signals.english) return true;
  if (signals.headline) return false;
  return (
    signals.numbers + signals.numberWords > 0 ||
    signals.datePrecision !== null ||
    signals.quantity ||
    signals.namedAct
  );
}

function words(sentence: string): Set<string> {
  const fingerprint = sentenceFingerprint(sentence.replace(/(?:https?:\/\/|www\.)\S+/gu, " "));
  return new Set(fingerprint.split(" ").filter((word) => word.length > 1));
}

// A footnote and its entry in the reference list, a headline repeated at the
// foot of the page or a pull quote repeating the body say the same thing:
// suggest it once. Links are left out, as one copy often has the link on
// its own line.
function isNearDuplicate(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const smaller = Math.min(a.size, b.size);
  return smaller > 0 && shared / smaller >= 0.8;
}

/** Candidate claim sentences of a report, most checkable first. */
export function suggestClaimSentences(
  text: string,
  options: SuggestOptions = {},
): ClaimSuggestion[] {
  const limit = options.limit ?? defaultLimit;
  const dismissed = options.dismissed ?? new Set<string>();

  const dates = findDates(text);
  const sentences = splitSentences(text).map((sentence, position) => {
    const datesInSentence = dates
      .filter((date) => date.start >= sentence.start && date.end <= sentence.end)
      .map((date) => ({
        ...date,
        start: date.start - sentence.start,
        end: date.end - sentence.start,
      }));
    const signals = readSignals(sentence.text, datesInSentence);
    const { score, reasons } = isCheckable(signals)
      ? weigh(signals)
      : { score: -Infinity, reasons: [] };
    return { ...sentence, key: suggestionKey(sentence.text), score, reasons, position };
  });

  // A dismissed sentence also hides its copies elsewhere in the report, or
  // dismissing a footnote would only bring up its reference-list entry.
  const dismissedWords = sentences
    .filter((sentence) => dismissed.has(sentence.key))
    .map((sentence) => words(sentence.text));
  const candidates = sentences
    .filter((sentence) => sentence.score > 0 && !dismissed.has(sentence.key))
    .sort((a, b) => b.score - a.score || a.position - b.position);

  const chosen: Array<{ suggestion: ClaimSuggestion; words: Set<string> }> = [];
  for (const { position: _position, ...suggestion } of candidates) {
    if (chosen.length >= limit) break;
    const sentenceWords = words(suggestion.text);
    const seen = [...dismissedWords, ...chosen.map((other) => other.words)];
    if (seen.some((other) => isNearDuplicate(other, sentenceWords))) continue;
    chosen.push({ suggestion, words: sentenceWords });
  }
  return chosen.map(({ suggestion }) => suggestion);
}
