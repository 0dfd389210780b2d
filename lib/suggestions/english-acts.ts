/**
 * Whether an English sentence tells of a specific act by a named actor
 * ("The Taliban's mines ministry signed a contract", "Uzbekistan's state
 * railway confirmed it had delivered"), the one kind of checkable sentence
 * without a number or a date. A named actor is a capitalised name not
 * opening the sentence (or opening it when it is no common noun: "Pakistan",
 * not "Officials" or "Mining"), or an acronym; an act is a verb in the past
 * tense that is not reporting or reacting ("said", "welcomed", "expressed"),
 * not a state ("are committed", "is expected") and not negated ("did not
 * respond"). No grammar is parsed: the rules are word lists and neighbours,
 * tested against hand-labelled wire copy (rank.test.ts). Pure.
 */

// Past forms that tell of something done; participles that are also states
// ("seen", "known") are left out.
const irregularPast = new Set(
  (
    "began begun broke brought built bought came caught chose drew drove fell fought found fled " +
    "flew froze gave grew held hit hid kept laid led left lent lost made met paid quit ran rose " +
    "sought sold sent shot shut sank slew spent split stole struck swore took taken taught tore " +
    "threw won withdrew withdrawn undertook overtook overthrew became forbade arose"
  ).split(" "),
);

// Past forms that report, react or judge rather than act.
const notActs = new Set(
  (
    "said told reported stated claimed added noted quoted cited wrote asked answered replied " +
    "explained insisted argued suggested described expressed welcomed praised criticised " +
    "criticized condemned urged warned voiced hoped feared believed thought felt called " +
    "considered regarded viewed seemed appeared remained expected committed concerned interested " +
    "determined pleased worried supposed used based related alleged declined refused " +
    "promised vowed pledged wished wanted needed liked loved hated preferred"
  ).split(" "),
);
// Pledges and agreements are acts only with something to check in them
// ("pledged supplies worth 200 million yuan"), which a number already marks.

// A past participle after these is a state ("are committed", "is expected").
const stateBefore = new Set(
  "is are am be being become becomes seem seems remain remains feel feels get gets very so too more most".split(
    " ",
  ),
);
const negations = new Set(["not", "never", "n't", "no"]);

// Capitalised words that open sentences without naming anyone in particular.
const commonOpeners = new Set(
  (
    "the a an in on at by for from since after before during this that these those it its they " +
    "their he she we his her our many some most both all each several few other others local " +
    "media aid press trade security officials analysts experts observers residents critics " +
    "sources diplomats witnesses people authorities traders journalists reporters colleagues " +
    "families workers farmers police troops forces militants protesters leaders members"
  ).split(" "),
);
const calendarWords = new Set(
  (
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday " +
    "saturday sunday"
  ).split(" "),
);

type Word = { text: string; lower: string; first: boolean };

function wordsOf(sentence: string): Word[] {
  return [...sentence.matchAll(/[\p{L}][\p{L}'’.-]*/gu)].map((match, index) => {
    const text = match[0].replace(/[’']s$/u, "").replace(/\.$/u, "");
    return { text, lower: text.toLowerCase(), first: index === 0 };
  });
}

function isNamedActor(word: Word): boolean {
  if (/^\p{Lu}{2,}$/u.test(word.text.replace(/\./gu, ""))) return true; // UN, ISKP, U.S.
  if (!/^\p{Lu}\p{Ll}/u.test(word.text) || calendarWords.has(word.lower)) return false;
  if (!word.first) return true;
  // an opening word names someone unless it is a common noun or a function word
  return !commonOpeners.has(word.lower) && !/(?:ing|ers|ists|ians|ents|s)$/u.test(word.lower);
}

function isAct(words: Word[], index: number): boolean {
  const word = words[index]!;
  if (/^\p{Lu}/u.test(word.text) || notActs.has(word.lower)) return false;
  const previous = words[index - 1]?.lower ?? "";
  if (negations.has(previous) || negations.has(words[index - 2]?.lower ?? "")) return false;
  if (irregularPast.has(word.lower)) return true;
  return word.lower.length >= 5 && word.lower.endsWith("ed") && !stateBefore.has(previous);
}

/** True when the sentence names an actor and tells of a past act. */
export function tellsNamedAct(sentence: string): boolean {
  const words = wordsOf(sentence);
  return words.some(isNamedActor) && words.some((_, index) => isAct(words, index));
}
