/**
 * The words dates are written with in Arabic and English reports: both
 * Arabic month systems (Egyptian/Gulf "يوليو" and Levantine/Iraqi "تموز",
 * plus the Maghrebi names), English month names and abbreviations, and
 * Arabic ordinal day words ("الثالث عشر", "السابع والعشرون"). Tables are
 * keyed by the normaliseArabic form so that spelling variants (أبريل,
 * إبريل, ابريل) parse to the same month; the regex sources built here
 * accept those variants in the original text.
 */
import { normaliseArabic } from "./arabic";

const arabicMonthNames: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["يناير", "كانون الثاني", "جانفي"]],
  [2, ["فبراير", "شباط", "فيفري"]],
  [3, ["مارس", "آذار"]],
  [4, ["أبريل", "نيسان", "أفريل"]],
  [5, ["مايو", "أيار"]],
  [6, ["يونيو", "يونيه", "حزيران", "جوان"]],
  [7, ["يوليو", "يوليه", "تموز", "جويلية"]],
  [8, ["أغسطس", "آب", "أوت"]],
  [9, ["سبتمبر", "أيلول"]],
  [10, ["أكتوبر", "تشرين الأول"]],
  [11, ["نوفمبر", "تشرين الثاني"]],
  [12, ["ديسمبر", "كانون الأول"]],
];

const englishMonthNames: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["january", "jan"]],
  [2, ["february", "feb"]],
  [3, ["march", "mar"]],
  [4, ["april", "apr"]],
  [5, ["may"]],
  [6, ["june", "jun"]],
  [7, ["july", "jul"]],
  [8, ["august", "aug"]],
  [9, ["september", "sept", "sep"]],
  [10, ["october", "oct"]],
  [11, ["november", "nov"]],
  [12, ["december", "dec"]],
];

const ordinalUnits: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["أول", "أولى"]],
  [2, ["ثاني"]],
  [3, ["ثالث"]],
  [4, ["رابع"]],
  [5, ["خامس"]],
  [6, ["سادس"]],
  [7, ["سابع"]],
  [8, ["ثامن"]],
  [9, ["تاسع"]],
  [10, ["عاشر"]],
];

/** Arabic ordinal day phrases, 1 to 31, as the text spells them before normalising. */
function arabicOrdinalDays(): Array<readonly [number, string]> {
  const days: Array<readonly [number, string]> = [];
  // In compounds "first" is حادي or واحد, never أول ("الحادي عشر").
  const compoundUnit = (unit: number, words: readonly string[]) =>
    unit === 1 ? ["حادي", "واحد"] : words;
  for (const [unit, words] of ordinalUnits) {
    for (const word of words) days.push([unit, `ال${word}`]);
    if (unit === 10) continue;
    for (const word of compoundUnit(unit, words)) {
      days.push([10 + unit, `ال${word} عشر`]);
      for (const tens of ["العشرون", "العشرين"]) days.push([20 + unit, `ال${word} و${tens}`]);
      if (unit === 1) {
        for (const tens of ["الثلاثون", "الثلاثين"]) days.push([31, `ال${word} و${tens}`]);
      }
    }
  }
  days.push([20, "العشرون"], [20, "العشرين"], [30, "الثلاثون"], [30, "الثلاثين"]);
  return days;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Builds a pattern that matches the normalised spelling and every spelling
// normaliseArabic folds into it.
function variantPattern(normalised: string): string {
  return escapeRegex(normalised)
    .replace(/ا/g, "[اأإآٱ]")
    .replace(/ي/g, "[يى]")
    .replace(/ه/g, "[هة]")
    .replace(/ /g, "\\s+");
}

function buildLookup(entries: Iterable<readonly [number, string]>) {
  const byName = new Map<string, number>();
  for (const [value, name] of entries) byName.set(normaliseArabic(name), value);
  // Longest first, so "الثالث عشر" wins over "الثالث".
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  return { byName, pattern: `(?:${names.map(variantPattern).join("|")})` };
}

const flatten = (table: ReadonlyArray<readonly [number, readonly string[]]>) =>
  table.flatMap(([value, names]) => names.map((name) => [value, name] as const));

const arabicMonths = buildLookup(flatten(arabicMonthNames));
const englishMonths = buildLookup(flatten(englishMonthNames));
const ordinalDays = buildLookup(arabicOrdinalDays());

export const arabicMonthPattern = arabicMonths.pattern;
// Abbreviations may carry a full stop ("Sept. 3").
export const englishMonthPattern = `${englishMonths.pattern}\\.?`;
export const arabicOrdinalDayPattern = ordinalDays.pattern;

/** Month number (1-12) of an Arabic or English month name as found in text. */
export function monthNumber(name: string): number | undefined {
  const key = normaliseArabic(name.replace(/\.$/, ""));
  return arabicMonths.byName.get(key) ?? englishMonths.byName.get(key);
}

/** Day of month of an Arabic ordinal phrase such as "السابع والعشرون". */
export function ordinalDayNumber(phrase: string): number | undefined {
  return ordinalDays.byName.get(normaliseArabic(phrase));
}
