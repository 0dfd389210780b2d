/**
 * What the demo desk has said on a few cards: a question and its answer,
 * the way reviewers use a card's discussion to work out what a report
 * rests on, and two mentions nobody has answered yet, so the editor and a
 * reviewer each open the desk to a notification waiting for them. Nobody
 * quotes a grade here, so blind-first holds for anyone who has not rated
 * the card yet.
 */
import type { DemoComment } from "./types";

export const demoDiscussion: DemoComment[] = [
  {
    claim: "r003-delisting-april-2024",
    author: "omar",
    body: "Report 002 dates the delisting to **April 2025**, this paper to **April 2024**, and neither cites a source for the date. Has anyone found the decision itself?",
    replies: [
      {
        author: "editor",
        body: "Not in anything the desk holds. I'm marking this one unproven until someone links the decision; 002's card stays disputed.",
      },
    ],
  },
  {
    claim: "r004-headline-us-air-support",
    author: "lina",
    body: "The headline credits *The Wall Street Journal*, but the body quotes a *Washington Post* report from October 2020. Which paper is it?",
    replies: [
      {
        author: "omar",
        body: "The body names the Post; the headline's credit looks like a slip in translation. McKenzie's \"very limited\" is linked as contradicting the Post's account.",
      },
    ],
  },
  {
    claim: "r003-euronews-first-country",
    author: "hana",
    body: "Footnote 3 hangs on the paragraph about energy and transport cooperation, but the article it cites is about the recognition.",
    replies: [
      {
        author: "lina",
        body: "Agreed. I linked it as support on the recognition cards instead, where it belongs.",
      },
    ],
  },
  {
    claim: "r001-taliban-over-70000",
    author: "hana",
    body: "No source is given for 70,000. Do we grade the site, or say the source cannot be judged?",
    replies: [
      {
        author: "lina",
        body: "I graded the site itself: it cites the UN for the IS figure in the same paragraph, just not for this one. We read that differently, which is why the card is disputed.",
      },
    ],
  },
  {
    claim: "sample-bridge-closed-14-march",
    author: "hana",
    body: "The roads authority's statement says 12 March, the civil defence report 14 March. Which one does the report itself follow?",
    replies: [
      {
        author: "omar",
        body: "Neither: it gives both, two paragraphs apart. I linked the two cards as contradicting; no verdict until one of them is checked.",
      },
    ],
  },
  // the card the editor's first steps offer for a verdict: the mention says why it is ready
  {
    claim: "r002-recognition-3-july-2025",
    author: "lina",
    body: (mention) =>
      `${mention("editor")}, all three of us have graded this one, and the Euronews article of 4 July 2025 that report 003 cites is linked as support. Is it ready for your verdict?`,
    replies: [],
  },
  // a card Lina and Hana have graded and Omar has not: it is on his "needs my rating" list
  {
    claim: "r003-kabulov-framework-deal",
    author: "hana",
    body: (mention) =>
      `${mention("omar")}, could you grade this one when you have a moment? It rests on the Afghanistan International article of 25 June 2026 (footnote 1), which is linked.`,
    replies: [],
  },
];
