/**
 * The checkable values of a sentence: the dates it gives (as lib/text/dates
 * reads them, in Arabic and English, with Arabic-Indic or Western digits) and
 * the numbers it counts with, each with the words around it, so that two
 * claims can be compared value by value ("13 US service members" against
 * "12 US soldiers"). A number that is part of a name ("Vision 2030", "Flight
 * 17", "COP28") is no value: it names the subject, and is returned as a name.
 * A date is marked with its role when the words before it say it is not the
 * date of the event: "since 2003" starts a period, "reported on 4 July" dates
 * the report. Pure, for the client and the server.
 */
import { normaliseArabic, toWesternDigits } from "./arabic";
import { findDates, type DatePrecision } from "./dates";
import { monthNumber } from "./date-names";
import { contentWord, tokenise, type Token } from "./words";

export type DateRole = "event" | "since" | "reported";

export type DateValue = {
  iso: string;
  precision: DatePrecision;
  role: DateRole;
  /** as written */
  text: string;
  start: number;
  end: number;
};

export type NumberValue = {
  /** Western digits, no thousands separators, "." for decimals: "1200", "1.5" */
  value: string;
  text: string;
  start: number;
  end: number;
  /** the content words next to it, folded: what it counts */
  context: string[];
  /** the number and the words it counts, as written: "13 US service members" */
  phrase: string;
};

export type TextValues = { dates: DateValue[]; numbers: NumberValue[]; names: string[] };

const digitRun = /[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,٫٬][0-9\u0660-\u0669\u06f0-\u06f9]+)*/gu;
const url = /(?:https?:\/\/|www\.)[^\s<>"']+/giu;

// Words after which a number belongs to a name. Arabic in normaliseArabic
// form without the article.
const englishNameWords = new Set(
  (
    "vision strategy resolution flight route agenda forum format cup expo project operation " +
    "article section decree act law order no number boeing airbus su mig cop model version " +
    "protocol convention summit games olympics"
  ).split(" "),
);
const arabicNameWords = new Set(
  ["رؤيه", "قرار", "رحله", "منتدي", "كاس", "اكسبو", "استراتيجيه", "بروتوكول", "مونديال"].map(
    normaliseArabic,
  ),
);
// Name words that wire copy writes in lower case ("Kam Air flight 661", "UN
// Security Council resolution 2593") and that never come before a count.
const lowerCaseNameWords = new Set(["flight", "route", "resolution", "decree", "article"]);
// Capitalised words that start a clause rather than a name: "In 2025", "The 2025 budget".
const clauseOpeners = new Set(
  "the a an in on at by for from since until after before during of to and or but as this that its their his her".split(
    " ",
  ),
);

const yearLike = /^(?:19|20)\d{2}$/u;
const sinceBefore =
  /(?:\bsince|\bfrom|منذ)\s+(?:the\s+(?:start|end|beginning)\s+of\s+|عام\s+|سنه\s+)?$/iu;
const reportedBefore =
  /\b(?:reported|said|says|wrote|writes|published|told\s+\p{L}+|stated|quoted|reporting|dated)\s+(?:on|in)\s+$/iu;

/** Canonical digits of a number as written: "١٬٢٠٠" → "1200", "٢٫٥" → "2.5". */
export function canonicalNumber(written: string): string {
  const western = toWesternDigits(written).replace(/٫/gu, ".").replace(/٬/gu, ",");
  // "1,200" and "1.200" group thousands; "1.5" is a decimal
  const ungrouped =
    /^\d{1,3}(?:[.,]\d{3})+$/u.test(western) && !/^\d\.\d{3}$/u.test(western)
      ? western.replace(/[.,]/gu, "")
      : western.replace(/,/gu, ".");
  const parsed = Number(ungrouped);
  return Number.isFinite(parsed) ? String(parsed) : ungrouped;
}

function previousWord(text: string, start: number): string {
  return /([\p{L}\p{M}]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "";
}

/** Whether the number at [start, end) is part of a name rather than a quantity or a year. */
function isInName(text: string, start: number, end: number, digits: string): boolean {
  // glued to letters: COP28, MH17, F-16, Su-30 (but not an Arabic conjunction or
  // preposition, "و٢٫٥ مليون", nor an ordinal ending)
  const glued = /([\p{L}\p{M}]+)[-‐]?$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  if (glued && !/^(?:[وفبلك]|وب|ول|فب)$/u.test(glued)) return true;
  const after = text.slice(end, end + 3);
  if (/^\p{L}/u.test(after) && !/^(?:st|nd|rd|th|s\b|م)/u.test(after)) return true;
  const word = previousWord(text, start);
  if (!word) return false;
  const folded = normaliseArabic(word);
  if (/\p{Script=Arabic}/u.test(folded)) {
    return (
      arabicNameWords.has(folded.replace(/^(?:وال|بال|ال|و|ل|ب)/u, "")) ||
      arabicNameWords.has(folded)
    );
  }
  if (englishNameWords.has(folded)) {
    return /^\p{Lu}/u.test(word) || folded === "no" || lowerCaseNameWords.has(folded);
  }
  // "Kazan Forum 2024", "Strategy 2030": a capitalised word before a year names it
  return (
    /^\p{Lu}/u.test(word) &&
    !clauseOpeners.has(folded) &&
    monthNumber(word) === undefined &&
    yearLike.test(digits)
  );
}

function dateRole(text: string, start: number): DateRole {
  const before = text.slice(Math.max(0, start - 40), start);
  if (sinceBefore.test(before)) return "since";
  if (reportedBefore.test(before)) return "reported";
  return "event";
}

// Punctuation that ends the run of words a number counts.
const clauseBreak = /[.;:،؛,()[\]!?؟"“”«»/]/u;

function contextOf(text: string, tokens: Token[], start: number, end: number) {
  const beforeTokens: Token[] = [];
  const afterTokens: Token[] = [];
  for (let i = tokens.length - 1; i >= 0 && beforeTokens.length < 2; i--) {
    const token = tokens[i]!;
    if (token.end > start) continue;
    if (clauseBreak.test(text.slice(token.end, start))) break;
    if (contentWord(token.text)) beforeTokens.push(token);
  }
  let phraseEnd = end;
  for (const token of tokens) {
    if (token.start < end) continue;
    if (afterTokens.length >= 3 || clauseBreak.test(text.slice(phraseEnd, token.start))) break;
    if (/\p{N}/u.test(token.text)) break;
    phraseEnd = token.end;
    if (contentWord(token.text)) afterTokens.push(token);
  }
  const context = [...beforeTokens, ...afterTokens]
    .map((token) => contentWord(token.text))
    .filter((word): word is string => word !== null);
  return { context, phrase: text.slice(start, phraseEnd) };
}

/** The dates, numbers and numbered names of a text, in reading order. */
export function readValues(text: string): TextValues {
  const plain = text.replace(url, (link) => " ".repeat(link.length));
  const tokens = tokenise(plain);
  const names: string[] = [];
  const dates: DateValue[] = [];
  const covered: Array<[number, number]> = [];

  for (const found of findDates(plain)) {
    const written = plain.slice(found.start, found.end);
    covered.push([found.start, found.end]);
    if (
      found.precision === "year" &&
      isInName(plain, found.start, found.end, toWesternDigits(written).replace(/م$/u, ""))
    ) {
      names.push(nameOf(plain, found.start, found.end));
      continue;
    }
    dates.push({
      iso: found.iso,
      precision: found.precision,
      role: dateRole(plain, found.start),
      text: written,
      start: found.start,
      end: found.end,
    });
  }

  const numbers: NumberValue[] = [];
  for (const match of plain.matchAll(digitRun)) {
    const start = match.index;
    const end = start + match[0].length;
    if (covered.some(([from, to]) => start >= from && start < to)) continue;
    // footnote markers (^١, [3]) and list numbers ("4. ") are not values
    if (/[\^[]$/u.test(plain.slice(Math.max(0, start - 1), start))) continue;
    if (
      /^\s*$/u.test(plain.slice(plain.lastIndexOf("\n", start) + 1, start)) &&
      /^[.)-]\s/u.test(plain.slice(end, end + 2))
    ) {
      continue;
    }
    // "26 August" with no year to read it by is a day of a date, not a count
    if (besideMonthName(plain, start, end)) continue;
    const digits = toWesternDigits(match[0]);
    if (isInName(plain, start, end, digits)) {
      names.push(nameOf(plain, start, end));
      continue;
    }
    numbers.push({
      value: canonicalNumber(match[0]),
      text: match[0],
      start,
      end,
      ...contextOf(plain, tokens, start, end),
    });
  }
  return { dates, numbers, names };
}

function besideMonthName(text: string, start: number, end: number): boolean {
  const next = /^[ \u00a0]*(?:of\s+)?([\p{L}\p{M}]+)/u.exec(text.slice(end, end + 24))?.[1];
  const previous = previousWord(text, start);
  return (
    (next !== undefined && monthNumber(next) !== undefined) ||
    (previous !== "" && monthNumber(previous) !== undefined)
  );
}

/** "Vision 2030" → "vision 2030": the name a number belongs to, as one folded word. */
function nameOf(text: string, start: number, end: number): string {
  const glued = /[\p{L}\p{M}]+[-‐]?$/u.exec(text.slice(Math.max(0, start - 12), start))?.[0];
  const word = glued ?? previousWord(text, start);
  const joiner = glued ? "" : " ";
  return normaliseArabic(`${word}${joiner}${toWesternDigits(text.slice(start, end))}`);
}
