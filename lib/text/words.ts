/**
 * The words that say what a sentence is about, folded so that two claims
 * written differently still meet: Arabic through normaliseArabic, without the
 * article and the attached conjunctions and prepositions (والمطار, المطار and
 * مطار are one word), English in lower case without plural or possessive
 * endings. Function words ("the", "في") say nothing about a subject and are
 * left out. Pure, for the client and the server.
 */
import { normaliseArabic } from "./arabic";

const englishStopWords = new Set(
  (
    "a an the and or but nor so of to in on at by for from with without into onto over under " +
    "about above after before between during through against among within near since until " +
    "as than then that this these those there here which who whom whose what when where why how " +
    "is are was were be been being am has have had having do does did doing will would shall " +
    "should can could may might must it its it's they them their theirs he him his she her hers " +
    "we our ours you your i me my not no also only just very more most less least some any all " +
    "each both either neither such own same other another one's per via upon "
  )
    .trim()
    .split(/\s+/),
);

const arabicStopWords = new Set(
  (
    "في من الي علي عن مع ان او ثم قد لقد لم لن لا ما ماذا هل كان كانت يكون تكون هذا هذه ذلك تلك " +
    "هو هي هم هما نحن انت الذي التي الذين اللذين اللتين كما بعد قبل بين حتي منذ عند لدي لدى غير " +
    "كل بعض اي ايضا فقط او ام اذ اذا ولا وقد وان وهو وهي ف و ب ل ك " +
    // approximators, which say how sure a count is, not what it counts
    "اقل اكثر نحو حوالي قرابه زهاء"
  )
    .trim()
    .split(/\s+/)
    .map(normaliseArabic),
);

/** Arabic clitics that attach to the front of a word; the longest that leaves a stem is taken. */
const arabicPrefixes = ["وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"];

function arabicStem(word: string): string {
  for (const prefix of arabicPrefixes) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 3) {
      return word.slice(prefix.length);
    }
  }
  return word;
}

function englishStem(word: string): string {
  let stem = word.replace(/['’]s$/u, "");
  if (stem.length > 4 && stem.endsWith("ies")) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 3 && stem.endsWith("s") && !/(?:ss|us|is)$/u.test(stem)) {
    stem = stem.slice(0, -1);
  }
  return stem;
}

const isArabicWord = (word: string) => /\p{Script=Arabic}/u.test(word);

export type Token = { text: string; start: number; end: number };

/**
 * The words of a text (letters and digits, with inner apostrophes and
 * hyphens), with offsets. A dotted acronym ("U.S.") is one word, read as "US".
 */
export function tokenise(text: string): Token[] {
  return [
    ...text.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu),
  ].map((match) => ({
    text: match[0].includes(".") ? match[0].replaceAll(".", "") : match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * The folded form of one word, or null for a function word. Capitals are
 * read before folding: "US" is the country, "us" the pronoun.
 */
export function contentWord(word: string): string | null {
  const known = folded.get(word);
  if (known !== undefined) return known;
  const found = foldWord(word);
  // a desk's vocabulary is a few tens of thousands of words: start again past that
  if (folded.size >= FOLDED_WORDS_KEPT) folded.clear();
  folded.set(word, found);
  return found;
}

// Words are folded again and again (every claim compared, every word marked).
const FOLDED_WORDS_KEPT = 50_000;
const folded = new Map<string, string | null>();

function foldWord(word: string): string | null {
  // numbers are values, compared as values (lib/text/values.ts), not as words
  if (/\p{N}/u.test(word)) return null;
  const folded = normaliseArabic(word);
  if (isArabicWord(folded)) {
    const stem = arabicStem(folded);
    if (arabicStopWords.has(folded) || arabicStopWords.has(stem)) return null;
    return stem.length >= 2 ? stem : null;
  }
  const acronym = /^\p{Lu}{2,}$/u.test(word);
  if (!acronym && englishStopWords.has(folded)) return null;
  const stem = englishStem(folded);
  return stem.length >= 2 || acronym ? stem : null;
}

/** The set of content words of a text. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of tokenise(text)) {
    const word = contentWord(token.text);
    if (word) words.add(word);
  }
  return words;
}

/**
 * Shared words over the smaller set: 1 when every word of the shorter text is
 * in the longer one. A headline that states a report's sentence in fewer words
 * shares its subject, so the longer text's extra words do not count against it.
 */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / smaller;
}

/** Shared words over all the words of both. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
