/**
 * Arabic text helpers shared by search, the report reader and claim
 * suggestions. Arabic is written with optional diacritics, interchangeable
 * alef and ta-marbuta spellings and two sets of digits, so a desk that
 * compared strings as typed would miss "الإعتراف" when searching for
 * "الاعتراف". Everything here is pure and safe on the client and the server.
 */

const arabicIndicZero = 0x0660;
const extendedArabicIndicZero = 0x06f0;

/**
 * Replaces Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits with
 * Western digits. Each digit is one UTF-16 unit in and out, so offsets into
 * the result are offsets into the original text.
 */
export function toWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= extendedArabicIndicZero ? extendedArabicIndicZero : arabicIndicZero;
    return String(code - zero);
  });
}

// Harakat, tanwin, shadda, sukun, Quranic marks and the dagger alef: writers
// add them inconsistently, so they must not decide whether a search matches.
const diacritics = /[\u064b-\u065f\u0670]/g;
const tatweel = /\u0640/g;
// Bidi marks and zero-width joiners are invisible but break equality; they
// arrive in text pasted from web pages.
const invisibleMarks = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Folds a string for search: one spelling of alef, ta marbuta as ha, alef
 * maqsura as ya, no diacritics or tatweel, Western digits, lower-case Latin,
 * single spaces. Apply it to both the query and the text searched.
 */
export function normaliseArabic(text: string): string {
  return toWesternDigits(text)
    .replace(invisibleMarks, "")
    .replace(diacritics, "")
    .replace(tatweel, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

// Letters of the right-to-left scripts a desk is likely to meet. Arabic
// digits are deliberately absent: digits are weak for direction (Unicode
// bidi class AN/EN) and a table of numbers is not thereby Arabic.
const rtlLetter = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const arabicLetter = /\p{Script=Arabic}/u;
const letter = /\p{L}/u;

type StrongLetterCounts = { letters: number; rtl: number; arabic: number };

function countStrongLetters(text: string): StrongLetterCounts {
  const counts: StrongLetterCounts = { letters: 0, rtl: 0, arabic: 0 };
  for (const character of text) {
    if (!letter.test(character)) continue;
    counts.letters += 1;
    if (rtlLetter.test(character)) counts.rtl += 1;
    if (arabicLetter.test(character)) counts.arabic += 1;
  }
  return counts;
}

/** True when more than half of the letters in the text are Arabic-script letters. */
export function isMostlyArabic(text: string): boolean {
  const counts = countStrongLetters(text);
  return counts.letters > 0 && counts.arabic * 2 > counts.letters;
}

/**
 * The direction to render one paragraph in. Decided by the majority of
 * strongly directional letters rather than the first one (Unicode's rule
 * P2), because Arabic paragraphs often open with a Latin name or acronym
 * ("CIA", "Politico") and should still read right to left.
 */
export function textDirection(text: string): "rtl" | "ltr" {
  const counts = countStrongLetters(text);
  return counts.rtl * 2 > counts.letters ? "rtl" : "ltr";
}
