/**
 * What a fact-checker looks for when deciding whether a sentence is worth a
 * claim card: a number, a date, a quantity, a named source or reporting
 * verb, named people and organisations. Each signal is read off one
 * sentence; rank.ts weighs them. Kept apart so the weights can change
 * without touching the reading.
 */
import { isMostlyArabic, normaliseArabic } from "@/lib/text/arabic";
import { type FoundDate, findDates } from "@/lib/text/dates";
import {
  arabicAttributionNouns,
  arabicAttributionVerbs,
  arabicEntityMarkers,
  arabicNumberWords,
  type Cue,
  englishAttribution,
  englishNumberWords,
  firstPattern,
  approximatorPattern,
  hedgePattern,
  unitPattern,
} from "./cues";
import { tellsNamedAct } from "./english-acts";

/** Wire headlines run to about ten words; a sentence of the body is longer or ends in a stop. */
const headlineLength = 90;

export type SentenceSignals = {
  /** digits outside dates, URLs and footnote markers */
  numbers: number;
  numberWords: number;
  /** "the first", "أول": a record that can be checked */
  first: boolean;
  /** the most precise date in the sentence, if any */
  datePrecision: "day" | "month" | "year" | null;
  quantity: boolean;
  /** labels of attribution cues, in the order of the cue lists */
  attributions: string[];
  entityHints: number;
  hedges: number;
  question: boolean;
  /** length without URLs: a citation line is mostly link */
  proseLength: number;
  /** written mostly in Latin script: the English rules below apply */
  english: boolean;
  /** English only: a past act by a named actor ("the ministry signed a contract") */
  namedAct: boolean;
  /** a short line without a full stop: a headline, whose story the body tells in full */
  headline: boolean;
};

const listMarker = /^\s*[0-9\u0660-\u0669]{1,3}[.)-]\s/u;
const url = /(?:https?:\/\/|www\.)[^\s<>"']+|<[^<>\s]+>/giu;
const digitRun =
  /(?<!\^)[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,٫٬][0-9\u0660-\u0669\u06f0-\u06f9]+)*/gu;
// Quoted short phrases are how Arabic news marks names: “واشنطن بوست”.
const quotedName = /["“«]([^"”»\n]{2,40})["”»]/gu;
const latinProperNoun = /(?<=[\s(“"«])\p{Lu}[\p{Ll}\p{Lu}]+/gu;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (forms: readonly string[]) =>
  [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

// Arabic attaches conjunctions, prepositions and the article to the word;
// verbs take only the conjunctions, or "والنقل" (transport) would count as
// "نقل" (reported).
const arabicVerbPrefix = "(?:[وف])?";
const arabicNounPrefix = "(?:[وف])?(?:[بك]?ال|لل|[بلك])?";

function cueMatcher(cues: readonly Cue[], prefix: string, flags = "u") {
  return cues.map((cue) => ({
    label: cue.label,
    pattern: new RegExp(`(?<![\\p{L}])${prefix}(?:${alternation(cue.forms)})(?![\\p{L}])`, flags),
  }));
}

const attributionMatchers = [
  ...cueMatcher(arabicAttributionVerbs, arabicVerbPrefix),
  ...cueMatcher(arabicAttributionNouns, arabicNounPrefix),
  ...cueMatcher(englishAttribution, ""),
];
const entityMarker = new RegExp(
  `(?<![\\p{L}])${arabicNounPrefix}(?:${alternation(arabicEntityMarkers)})\\s+\\p{L}`,
  "gu",
);
const numberWord = new RegExp(
  `(?<![\\p{L}])(?:${arabicNounPrefix}(?:${alternation(arabicNumberWords)})|${alternation(englishNumberWords)})(?![\\p{L}])`,
  "gu",
);

const precisionRank = { day: 3, month: 2, year: 1 } as const;

function countMatches(pattern: RegExp, text: string): number {
  return [...text.matchAll(pattern)].length;
}

/**
 * Reads the signals of one sentence. Pass the dates found in the whole
 * report (offsets relative to the sentence) when there is one: a yearless
 * "23 آب/أغسطس" is only a date with the year the report gave earlier.
 */
export function readSignals(sentence: string, datesInSentence?: FoundDate[]): SentenceSignals {
  const withoutUrls = sentence.replace(url, (link) => " ".repeat(link.length));
  const dates = datesInSentence ?? findDates(withoutUrls);
  // Blank out dates so "2025" in "يوليو 2025" is not counted again as a
  // number, and a list marker ("4. Consider ...") is no number either.
  let undated = withoutUrls.replace(listMarker, (marker) => " ".repeat(marker.length));
  for (const date of dates) {
    undated =
      undated.slice(0, date.start) + " ".repeat(date.end - date.start) + undated.slice(date.end);
  }
  const normalised = normaliseArabic(withoutUrls);
  // Counts, firsts and hedges are read with dates blanked out: "السابع
  // والعشرون من مايو" is no count of twenty, "كانون الأول" no "first" and
  // "May 2025" no "may".
  const normalisedUndated = normaliseArabic(undated);
  const numbers = countMatches(digitRun, undated);
  const numberWords = countMatches(numberWord, normalisedUndated);
  const best = dates.reduce<SentenceSignals["datePrecision"]>(
    (most, date) =>
      most === null || precisionRank[date.precision] > precisionRank[most] ? date.precision : most,
    null,
  );
  const proseLength = withoutUrls.replace(/\s+/gu, " ").trim().length;
  const english = /\p{Script=Latin}/u.test(withoutUrls) && !isMostlyArabic(withoutUrls);
  const quotedNames = [...withoutUrls.matchAll(quotedName)].filter(
    (match) => (match[1] ?? "").trim().split(/\s+/u).length <= 4,
  ).length;

  return {
    numbers,
    numberWords,
    first: firstPattern.test(normalisedUndated),
    datePrecision: best,
    quantity:
      unitPattern.test(normalised) ||
      (numbers + numberWords > 0 && approximatorPattern.test(normalisedUndated)),
    attributions: attributionMatchers
      .filter((matcher) => matcher.pattern.test(normalised))
      .map((matcher) => matcher.label),
    entityHints:
      countMatches(entityMarker, normalised) +
      quotedNames +
      countMatches(latinProperNoun, withoutUrls),
    hedges: countMatches(hedgePattern, normalisedUndated),
    question: /[?؟]["”»)]*\s*$/u.test(sentence),
    proseLength,
    english,
    namedAct: english && tellsNamedAct(undated),
    headline: proseLength < headlineLength && !/[.!?؟…]["”»’)\]]*\s*$/u.test(sentence),
  };
}
