/**
 * The demo reviewers' grades: about half the claims, as a desk looks a few
 * days in. Each grade follows what the report says about its source, so a
 * reader can check it against the report: a claim the report attributes to
 * a named outlet or official gets a better reliability letter than one it
 * attributes to unnamed commanders or to nobody, and a claim two reports
 * and a cited article agree on gets better credibility than one only its
 * leaker vouches for.
 *
 * The three reviewers grade the way people do, not the same way: Omar
 * trusts a named outlet a little more than the others, Hana is the strictest
 * about unnamed sources, Lina sits between them. Where they are far apart
 * (more than one grade, lib/review/status.ts) the card is disputed, which is
 * the point of blind-first grading.
 *
 * With the quorum of 3 (CLAIM_QUORUM) every computed status occurs: claims
 * with one or two grades are in review; of those with three, the ones with
 * close grades of A–B and 1–2 and a supporting source are well sourced,
 * credibility 4–5 is weakly sourced, grades far apart or a contradicting
 * claim make them disputed, and the rest are mixed. Claims left out of this
 * list stay unreviewed. Who has graded what differs, so each reviewer's
 * "needs my rating" list differs too.
 */
import type { DemoRating } from "./types";

export const demoRatings: DemoRating[] = [
  // --- Russia's recognition of the Taliban (reports 002 and 003, Euronews)
  // two reports and the Euronews article of 4 July 2025 agree: well sourced
  { claim: "r003-recognition-july-2025", grades: { lina: "B2", omar: "B1", hana: "B2" } },
  {
    claim: "r002-recognition-3-july-2025",
    grades: { lina: "B2", omar: "B2", hana: "C2" },
    notes: {
      hana: "The page names no author or source; the date fits the Euronews article of the next day.",
    },
  },
  { claim: "r003-euronews-first-country", grades: { lina: "A2", omar: "A1", hana: "B2" } },
  // "first capital in the world": an unnamed author's wording, so C, though Euronews agrees
  { claim: "r002-moscow-first-capital", grades: { lina: "C2", omar: "B2", hana: "C3" } },
  // good source, no evidence linked yet: mixed until someone links one
  { claim: "r003-first-major-power", grades: { lina: "B2", omar: "B2", hana: "B3" } },
  { claim: "r003-open-channels-since-2021", grades: { lina: "B2", omar: "B2", hana: "C2" } },
  { claim: "r002-return-august-2021", grades: { omar: "B1", hana: "B2" } },
  { claim: "r002-ambassador-credentials", grades: { omar: "B2" } },
  { claim: "r002-putin-ally-mid-2024", grades: { lina: "C3" } },

  // --- the delisting: 002 says April 2025, 003 April 2024 (linked as contradicting)
  { claim: "r002-delisting-april-2025", grades: { lina: "C3", omar: "C2", hana: "D3" } },
  {
    claim: "r003-delisting-april-2024",
    grades: { lina: "C3", omar: "B3", hana: "C4" },
    notes: { lina: "The paper gives no source for the date, and report 002 says 2025." },
  },

  // --- the 2026 agreement (report 003 and its footnotes)
  { claim: "r003-afintl-25-june-2026", grades: { lina: "B2", omar: "A2", hana: "B2" } },
  // Kabulov's words reach us through the paper's footnote: the source is fair, the detail unconfirmed
  { claim: "r003-kabulov-repair-focus", grades: { lina: "B3", omar: "B2", hana: "C3" } },
  { claim: "r003-kabulov-framework-deal", grades: { lina: "B3", hana: "C3" } },
  { claim: "r003-agreement-27-may-2026", grades: { lina: "B2", omar: "B2" } },
  { claim: "r003-moscow-forum-120-countries", grades: { omar: "C3" } },
  { claim: "r003-full-text-unpublished", grades: { omar: "A2", hana: "B2" } },
  // "some reports", unnamed
  { claim: "r003-may-expand-later", grades: { hana: "D4" } },

  // --- leaked Taliban documents (reports 000 and 002): Nezavisimaya Gazeta's word for them
  { claim: "r000-22-trainees-radar", grades: { lina: "C3", omar: "C2", hana: "D3" } },
  { claim: "r000-document-13-september-2025", grades: { lina: "C3", hana: "C4" } },
  { claim: "r000-leadership-relies-on-china", grades: { omar: "C4" } },
  // "apparently": the paper's inference about the emir's choice
  { claim: "r000-no-iranian-expertise", grades: { lina: "D4", omar: "C4", hana: "D5" } },
  // unnamed "Afghan observers" guessing whose drones they are
  { claim: "r000-drones-pakistan-or-us", grades: { lina: "E5", omar: "D4", hana: "E5" } },
  { claim: "r002-gdi-document-7-july-2025", grades: { lina: "D3", omar: "C3", hana: "D4" } },
  // only the leaker vouches for it
  { claim: "r002-race-against-time", grades: { lina: "D4", omar: "E4", hana: "E5" } },

  // --- report 001: The Washington Post, through unnamed commanders
  {
    claim: "r001-pakistan-informal-channels",
    grades: { lina: "C3", omar: "B3", hana: "D4" },
    notes: {
      omar: "The Post is a strong outlet; the commanders are unnamed.",
      hana: "Two unnamed commanders, and Pakistan's own official denies it.",
    },
  },
  // a commander's boast
  { claim: "r001-defeat-is-within-days", grades: { lina: "D4", omar: "D4", hana: "E5" } },
  { claim: "r001-karimi-rejects-commanders", grades: { lina: "B2", omar: "B2" } },
  { claim: "r001-is-2000-fighters", grades: { lina: "B2", omar: "B2", hana: "B3" } },
  // the site names no source for this figure at all: the reviewers read that differently
  {
    claim: "r001-taliban-over-70000",
    grades: { lina: "C3", omar: "E5", hana: "D4" },
    notes: {
      lina: "Graded the site: it cites the UN for the IS figure in the same paragraph.",
      omar: "No source for the figure at all; nothing here can be checked.",
    },
  },

  // --- report 004: Ultra Sawt translating US papers
  // the headline credits the Wall Street Journal for what the body takes from the Post
  { claim: "r004-headline-us-air-support", grades: { lina: "D4", omar: "C3", hana: "E4" } },
  { claim: "r004-wapo-october-2020-air-support", grades: { lina: "B3", omar: "B2", hana: "C3" } },
  { claim: "r004-mckenzie-very-limited", grades: { lina: "B2", omar: "A2", hana: "B3" } },
  { claim: "r004-taliban-air-force", grades: { lina: "C3", omar: "B3", hana: "C4" } },
  // 13 against the linked headline's 12 (linked as contradicting)
  { claim: "r004-airport-bombing-13-killed", grades: { lina: "B2", omar: "B1", hana: "B2" } },
  { claim: "r004-linked-headline-12-killed", grades: { lina: "C4", omar: "C3", hana: "D4" } },
  { claim: "r004-biden-speech-13-killed", grades: { lina: "B2", omar: "A2" } },
  { claim: "r004-is-claimed-attack", grades: { hana: "B2" } },
  { claim: "r004-taliban-not-on-us-lists", grades: { lina: "B2" } },
  {
    claim: "r004-khorasani-executed",
    grades: { lina: "D4", omar: "E5", hana: "F6" },
    notes: { hana: "No source is given, so there is nothing to judge the source by." },
  },

  // --- the sample report
  { claim: "sample-bridge-closed-12-march", grades: { lina: "B2", omar: "B2" } },
  { claim: "sample-bridge-closed-14-march", grades: { hana: "C3" } },
  {
    claim: "sample-120-families-cut-off",
    grades: { lina: "D4", omar: "C4", hana: "D5" },
    notes: { hana: "An unnamed council source, through a local paper; the council head says 80." },
  },
];
