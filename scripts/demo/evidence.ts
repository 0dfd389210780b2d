/**
 * Evidence the demo reviewers linked: the sources report 003 cites in its
 * footnotes, at the addresses and with the titles and dates the footnotes
 * give (../shared/reports/003_d2f86d47b56e0306.txt, footnotes 1–3). No
 * address here is anyone's guess; the desk links only what a report cites.
 *
 * Stances follow what the footnote shows of each source: the Euronews
 * article's headline says Russia is the first country to officially
 * recognise the Taliban government, so it supports the recognition cards;
 * Afghanistan International's article is the one the paper cites for
 * Kabulov's statements; the Eurasia Arab Center's piece is about the 2026
 * agreement itself, which is context for its date rather than proof of it.
 */
import type { DemoEvidence, DemoSource } from "./types";

const euronews: DemoSource = {
  url: "https://arabic.euronews.com/2025/07/04/russia-is-the-first-country-to-officially-recognize-the-taliban-government-in-afghanistan",
  title: 'موسكو "تكسر العزلة": روسيا أول دولة تعترف رسمياً بحكومة طالبان في أفغانستان',
  outlet: "Euronews (Arabic)",
  publishedOn: "2025-07-04",
};

const afghanistanInternational: DemoSource = {
  url: "https://www.afintl.com/ar/202606256282",
  title: "حركة طالبان تعيد بناء جيشها بمساعدة روسيا",
  outlet: "Afghanistan International (Arabic)",
  publishedOn: "2026-06-25",
};

const eurasiaArabCenter: DemoSource = {
  url: "https://eurasiaar.org/%D8%A7%D9%84%D8%A7%D8%AA%D9%81%D8%A7%D9%82%D8%A7%D9%84%D8%B9%D8%B3%D9%83%D8%B1%D9%8A-%D8%A7%D9%84%D8%AA%D9%82%D9%86%D9%8A-%D8%A8%D9%8A%D9%86-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7",
  title: "الإتفاق العسكري التقني بين روسيا وطالبان",
  outlet: "Eurasia Arab Center (مركز الدراسات العربية الأوراسية)",
  publishedOn: "2026-06-09",
};

/** Every source above, for checks that each is the report's own address. */
export const demoSources = [euronews, afghanistanInternational, eurasiaArabCenter];

export const demoEvidence: DemoEvidence[] = [
  { claim: "r003-recognition-july-2025", source: euronews, stance: "supports", addedBy: "lina" },
  { claim: "r002-recognition-3-july-2025", source: euronews, stance: "supports", addedBy: "omar" },
  { claim: "r003-euronews-first-country", source: euronews, stance: "supports", addedBy: "hana" },
  { claim: "r002-moscow-first-capital", source: euronews, stance: "supports", addedBy: "lina" },
  {
    claim: "r003-afintl-25-june-2026",
    source: afghanistanInternational,
    stance: "supports",
    addedBy: "omar",
  },
  {
    claim: "r003-kabulov-repair-focus",
    source: afghanistanInternational,
    stance: "supports",
    addedBy: "lina",
  },
  {
    claim: "r003-kabulov-framework-deal",
    source: afghanistanInternational,
    stance: "supports",
    addedBy: "hana",
  },
  {
    claim: "r003-agreement-27-may-2026",
    source: eurasiaArabCenter,
    stance: "context",
    addedBy: "omar",
  },
];
