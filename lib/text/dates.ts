/**
 * Finds the dates a report mentions, so the desk can suggest a claim's event
 * date and rank sentences that carry one. Reports write dates in many ways
 * ("في الثالث عشر من سبتمبر/ أيلول 2025", "٤ يوليو ٢٠٢٥", "27-أغسطس-2021",
 * "December 17, 2025"); each form is one pattern below, and the longest
 * match wins where forms overlap. Dates are returned with the precision the
 * text gives and an ISO date in the desk's storage form (YYYY-MM-01 for a
 * month, YYYY-01-01 for a year), never with a day or month made up.
 */
import { toWesternDigits } from "./arabic";
import {
  arabicMonthPattern,
  arabicOrdinalDayPattern,
  englishMonthPattern,
  monthNumber,
  ordinalDayNumber,
} from "./date-names";

export type DatePrecision = "day" | "month" | "year";

export type FoundDate = {
  start: number;
  end: number;
  iso: string;
  precision: DatePrecision;
  /**
   * Set when the text gives a day and month but no year ("يوم الإثنين 23
   * آب/أغسطس", "لنفس العام"): the year is taken from the dates before it, as
   * a reader would, and the UI should say so.
   */
  yearInferred?: true;
};

const digit = "[0-9\\u0660-\\u0669\\u06f0-\\u06f9]";
const notAfterWordChar = "(?<![\\p{L}\\p{N}])";
const notBeforeWordChar = "(?![\\p{L}\\p{N}])";
const day = `(?<![\\p{N}])(?<day>${digit}{1,2})(?!\\p{N})`;
// An optional "م" (ميلادي, Gregorian) follows the year in formal Arabic.
const year = `(?<![\\p{N}])(?<year>[12\\u0661\\u0662\\u06f1\\u06f2]${digit}{3})(?:م)?(?!\\p{N})`;

// "يوليو (تموز)", "سبتمبر/ أيلول", "تموز/يوليو": the same month in both systems.
const arabicMonth =
  `${notAfterWordChar}(?<month>${arabicMonthPattern})` +
  `(?:\\s*[/(]\\s*(?:${arabicMonthPattern})\\s*\\)?)?${notBeforeWordChar}`;
const arabicDay = `(?:${day}|${notAfterWordChar}(?<dayWord>${arabicOrdinalDayPattern})${notBeforeWordChar})`;
const arabicDayToMonth = "(?:\\s*[-/.]\\s*|\\s+(?:من\\s+)?(?:شهر\\s+)?)";
const arabicMonthToYear =
  "(?:\\s*[-/.,،]\\s*|\\s+)(?:(?:من\\s+|في\\s+)?(?:لل|ل|ال)?(?:عام|سنة)\\s+)?";

const englishMonth = `\\b(?<month>${englishMonthPattern})(?![\\p{L}])`;
const englishDay = `${day}(?:st|nd|rd|th)?`;
const englishDayToYear = "(?:,\\s*|\\s+)";
const englishMonthToYear = "(?:,\\s*|\\s+)(?:of\\s+)?";

const datePatterns: readonly RegExp[] = [
  // 13 سبتمبر 2025, الثالث من يوليو (تموز) 2025, 27-أغسطس-2021, 23 آب/أغسطس
  new RegExp(`${arabicDay}${arabicDayToMonth}${arabicMonth}(?:${arabicMonthToYear}${year})?`, "gu"),
  // شهر يوليو (تموز) 2025, إبريل لعام ٢٠٢٤, تشرين الأول/أكتوبر 2020
  new RegExp(`(?:شهر\\s+)?${arabicMonth}${arabicMonthToYear}${year}`, "gu"),
  // 3 July 2025, the 3rd of July 2025
  new RegExp(`(?:the\\s+)?${englishDay}\\s+(?:of\\s+)?${englishMonth}(?:,?\\s+${year})?`, "giu"),
  // July 3, 2025
  new RegExp(`${englishMonth}\\s+${englishDay}(?:${englishDayToYear}${year})?`, "giu"),
  // July 2025
  new RegExp(`${englishMonth}${englishMonthToYear}${year}`, "giu"),
  // 2025-07-03
  new RegExp(
    `(?<![\\p{N}])(?<year>[12]\\d{3})-(?<monthNumber>\\d{2})-(?<day>\\d{2})(?!\\p{N})`,
    "gu",
  ),
];

// A four-digit number after these words is a count ("حوالي 2000 مسلح"), not a year.
const approximateCount =
  /(?:حوالي|حوالى|نحو|قرابة|زهاء|أكثر من|اكثر من|أقل من|اقل من|about|around|approximately|nearly|some|over|more than|fewer than|less than)\s*$/iu;
const bareYear = new RegExp(
  `(?<![\\p{N}A-Za-z_$#])(?<!\\p{N}[.,٫٬])(?<year>(?:[1\\u0661\\u06f1][9\\u0669\\u06f9]|[2\\u0662\\u06f2][0\\u0660\\u06f0])${digit}{2})(?:م)?(?![\\p{N}A-Za-z_])(?![.,٫٬]\\p{N})(?!\\s*[%٪])`,
  "gu",
);
const url = /(?:https?:\/\/|www\.)[^\s<>"']+/giu;

type Candidate = Omit<FoundDate, "iso" | "yearInferred"> & {
  year?: number;
  month: number;
  day?: number;
};

function toNumber(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(toWesternDigits(digits));
}

function isRealDay(year: number, month: number, dayOfMonth: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth;
}

function candidateFrom(match: RegExpMatchArray): Candidate | undefined {
  const groups = match.groups ?? {};
  const month = groups.monthNumber ? Number(groups.monthNumber) : monthNumber(groups.month ?? "");
  const dayOfMonth = groups.dayWord ? ordinalDayNumber(groups.dayWord) : toNumber(groups.day);
  if (month === undefined || month < 1 || month > 12) return undefined;
  if ((groups.day || groups.dayWord) && (dayOfMonth === undefined || dayOfMonth > 31)) return;
  const start = match.index ?? 0;
  return {
    start,
    end: start + match[0].length,
    precision: dayOfMonth ? "day" : "month",
    year: toNumber(groups.year),
    month,
    day: dayOfMonth,
  };
}

const pad = (value: number) => String(value).padStart(2, "0");

/** All dates in the text, in reading order, without overlaps. */
export function findDates(text: string): FoundDate[] {
  const urlSpans = [...text.matchAll(url)].map((m) => [m.index, m.index + m[0].length] as const);
  const insideUrl = (start: number) => urlSpans.some(([from, to]) => start >= from && start < to);

  const candidates: Candidate[] = [];
  for (const pattern of datePatterns) {
    for (const match of text.matchAll(pattern)) {
      const candidate = candidateFrom(match);
      if (candidate) candidates.push(candidate);
    }
  }
  for (const match of text.matchAll(bareYear)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (approximateCount.test(before)) continue;
    const start = match.index;
    const end = start + match[0].length;
    candidates.push({
      start,
      end,
      precision: "year",
      year: toNumber(match.groups?.year),
      month: 1,
    });
  }

  // Earliest first, then longest: a full date swallows the bare year inside it.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: FoundDate[] = [];
  const yearOfMonth = new Map<number, number>();
  let lastCalendarYear: number | undefined;
  let coveredUntil = -1;
  for (const candidate of candidates) {
    if (candidate.start < coveredUntil || insideUrl(candidate.start)) continue;
    const yearInferred = candidate.year === undefined;
    // A yearless "31 آب/أغسطس" belongs to the year of the last August the
    // text named, else to the last dated day or month; a bare year mentioned
    // in passing ("منذ عام 2014") says nothing about it.
    const resolvedYear = candidate.year ?? yearOfMonth.get(candidate.month) ?? lastCalendarYear;
    if (resolvedYear === undefined) continue;
    const dayOfMonth = candidate.day ?? 1;
    coveredUntil = candidate.end;
    // "30 February" is a typo; reading only its month or year would mislead.
    if (!isRealDay(resolvedYear, candidate.month, dayOfMonth)) continue;
    if (candidate.precision !== "year") {
      yearOfMonth.set(candidate.month, resolvedYear);
      lastCalendarYear = resolvedYear;
    }
    found.push({
      start: candidate.start,
      end: candidate.end,
      iso: `${resolvedYear}-${pad(candidate.month)}-${pad(dayOfMonth)}`,
      precision: candidate.precision,
      ...(yearInferred ? { yearInferred: true as const } : {}),
    });
  }
  return found;
}
