/**
 * Word lists behind claim suggestions: the phrases that make a sentence
 * checkable (who said it, how many, which organisation) or less so (may,
 * perhaps). Arabic entries are written in their normaliseArabic form and
 * matched against normalised text, so "ووفقًا" finds "وفقا" and "أكّد" finds
 * "اكد". Lists are general newsroom vocabulary, not tuned to any one report.
 */

export type Cue = { label: string; forms: readonly string[] };

const words = (list: string): string[] => list.split(" ");

/** Reporting verbs and sourcing words; the label is what the UI shows. */
export const arabicAttributionVerbs: readonly Cue[] = [
  { label: "وفقا", forms: ["وفقا", "وفق"] },
  { label: "بحسب", forms: ["بحسب"] },
  { label: "حسب", forms: ["حسب"] },
  { label: "نقل", forms: ["نقل", "نقلت", "نقلا", "نقلوا"] },
  {
    label: "قال",
    forms: ["قال", "قالت", "قالا", "قالوا", "يقول", "تقول", "قوله", "قولها", "قولهما", "قائلا"],
  },
  { label: "أكد", forms: ["اكد", "اكدت", "اكدا", "اكدوا"] },
  { label: "كشف", forms: ["كشف", "كشفت", "كشفه"] },
  { label: "أفاد", forms: ["افاد", "افادت"] },
  { label: "أعلن", forms: ["اعلن", "اعلنت", "اعلنوا"] },
  { label: "ذكر", forms: ["ذكر", "ذكرت", "ذكره", "ذكرته"] },
  { label: "صرح", forms: ["صرح", "صرحت"] },
  { label: "أورد", forms: ["اورد", "اوردت", "اورده"] },
  { label: "أوضح", forms: ["اوضح", "اوضحت"] },
  { label: "أشار", forms: ["اشار", "اشارت", "مشيرا"] },
  { label: "أضاف", forms: ["اضاف", "اضافت"] },
  { label: "وصف", forms: ["وصف", "وصفت", "وصفه", "وصفها", "وصفته"] },
  { label: "نفى", forms: ["نفي", "نفت"] },
  { label: "زعم", forms: ["زعم", "زعمت"] },
  { label: "استبعد", forms: ["استبعد", "استبعدت"] },
  { label: "أعرب", forms: ["اعرب", "اعربت"] },
  { label: "لفت", forms: ["لفت", "لفتت"] },
  { label: "أردف", forms: ["اردف", "اردفت"] },
  { label: "عزا", forms: ["عزا", "عزت"] },
];

/** Sourcing nouns; these also take the article and prepositions ("للصحيفة"). */
export const arabicAttributionNouns: readonly Cue[] = [
  { label: "مصادر", forms: ["مصادر", "مصدر"] },
  { label: "وثيقة", forms: ["وثيقه", "وثائق"] },
  { label: "مسؤول", forms: ["مسؤول", "مسؤولون", "مسؤولين", "مسؤولا"] },
  { label: "تصريح", forms: ["تصريح", "تصريحات"] },
  { label: "تقرير", forms: ["تقرير", "تقارير"] },
  { label: "صحيفة", forms: ["صحيفه", "الصحف"] },
  { label: "وكالة", forms: ["وكاله"] },
  { label: "متحدث", forms: ["متحدث"] },
];

export const englishAttribution: readonly Cue[] = [
  { label: "according to", forms: ["according to"] },
  { label: "said", forms: ["said", "says", "stated", "described", "claimed", "denied"] },
  { label: "reported", forms: ["reported", "reports", "reporting"] },
  { label: "told", forms: ["told"] },
  { label: "announced", forms: ["announced", "confirmed", "revealed"] },
  { label: "document", forms: ["document", "documents", "leaked"] },
  { label: "officials", forms: ["official", "officials", "spokesman", "spokeswoman"] },
  { label: "sources", forms: ["source", "sources", "cited", "citing", "quoted"] },
];

/** Titles and institution words that stand before a name ("الجنرال ...", "صحيفة ..."). */
export const arabicEntityMarkers: readonly string[] = [
  ...words(
    "رئيس الرئيس وزير وزاره الجنرال الادميرال الملا الشيخ امير قائد مدير المبعوث السفير حركه تنظيم جمهوريه مدينه ولايه مجلس لجنه جيش قوات حكومه سفاره مطار سجن جامعه منطقه اقليم محافظه باسم الكرملين البنتاغون",
  ),
  "البيت الابيض",
  "الامم المتحده",
];

/** Number words; counts written out are as checkable as digits. */
export const arabicNumberWords: readonly string[] = words(
  "اثنان اثنين اثنتين اثنتان ثلاثه اربعه خمسه ثلاث اربع خمس سبع ثماني تسع سته سبعه ثمانيه تسعه عشره عشرات عشرين عشرون ثلاثين اربعين خمسين مئه مائه مئات الف الاف مليون ملايين مليار مليارات",
);

export const englishNumberWords: readonly string[] = words(
  "two three four five six seven eight nine ten twelve twenty dozen dozens hundred hundreds thousand thousands million millions billion billions",
);

/** Units of measure and money: a quantity even without a figure next to it. */
export const unitPattern =
  /[%٪$€£]|(?<![\p{L}])(?:بالمئه|بالمائه|في المئه|في المائه|كم|كيلومتر|كيلومترا|ميل|طن|اطنان|دولار|دولارا|يورو|روبل|percent|per cent|km|miles?|tons?|tonnes?|dollars?|euros?)(?![\p{L}])/u;

/**
 * Approximators ("على الأقل" folds to "علي الاقل"). Only a quantity next to a
 * number: "أكثر من منطق التحالفات" is a comparison, "أكثر من ١٢٠ دولة" a count.
 */
export const approximatorPattern =
  /(?<![\p{L}])(?:علي الاقل|اكثر من|اقل من|حوالي|قرابه|زهاء|نحو|at least|more than|fewer than|less than|approximately|nearly|about|around|some)(?![\p{L}])/u;

/**
 * Speculation and conditions: a sentence that only says something may be, or
 * would be if, is harder to check than one that says it is.
 */
export const hedgePattern =
  /(?<![\p{L}])(?:ربما|يمكن|يمكنها|يمكنه|ينبغي|يجب|لا بد|لعل|يبدو|المرجح|المحتمل|محتمل|محتملا|قد(?=\s+[يتن])|اذا|لو|may|might|could|should|would|perhaps|likely|possibly|probably|seems?|appears?|if|unless)(?![\p{L}])/gu;

/** "The first ...", "للمرة الأولى": firsts and ordinals are checkable records. */
export const firstPattern = /(?<![\p{L}])(?:[وف]?(?:ال|لل)?(?:اول|اولي)|first)(?![\p{L}])/u;
