/**
 * Shapes of the demo corpus: the five Arabic reports in ../shared/reports,
 * turned into report records and claim cards, and the desk's work on them
 * (ratings, evidence, discussion, verdicts). The corpus stores report
 * metadata and each claim's exact quote, never the reports' full text; the
 * one full text it ships is the sample report written for this project.
 */
import type { DemoAccountKey, DemoReviewerKey } from "@/lib/demo/accounts";

export type EntityKind = "country" | "person" | "organisation" | "place" | "outlet" | "document";

export type DemoEntity = {
  /** stable key used by claims, e.g. "taliban" */
  key: string;
  /** the one spelling the desk uses, in English */
  name: string;
  kind: EntityKind;
};

export type DemoReport = {
  /** stable key, e.g. "r000" */
  key: string;
  /** file name in ../shared/reports */
  file: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) when the text tells, otherwise null; never invented */
  publishedOn: string | null;
  language: "ar";
};

export type DemoClaim = {
  /** stable key, e.g. "r002-delisting-april-2025" */
  key: string;
  reportKey: string;
  /** one English sentence, under 120 characters */
  statement: string;
  /** exact Arabic quote, a substring of the report file character for character */
  quote: string;
  /** chain of attribution, e.g. "Nezavisimaya Gazeta, citing a leaked MoD document" */
  attribution: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM-01 with eventDatePrecision "month") the claim is about */
  eventDate: string | null;
  eventDatePrecision: "day" | "month" | "year" | null;
  /** keys into the entity list */
  entities: string[];
};

export type RelationKind = "same_as" | "corroborates" | "contradicts";

export type DemoRelation = {
  fromClaim: string;
  toClaim: string;
  kind: RelationKind;
  note: string;
};

/** An Admiralty grade as a reviewer gives it: source reliability A–F, then credibility 1–6. */
export type DemoGrade = `${"A" | "B" | "C" | "D" | "E" | "F"}${1 | 2 | 3 | 4 | 5 | 6}`;

export type DemoRating = {
  /** a claim's key (demoClaims or the sample report's claims) */
  claim: string;
  /** who rated it and how; a reviewer left out has not rated it yet */
  grades: Partial<Record<DemoReviewerKey, DemoGrade>>;
  /** the note a reviewer left with their grade */
  notes?: Partial<Record<DemoReviewerKey, string>>;
};

/** A source a report cites, with its address exactly as the report gives it. */
export type DemoSource = {
  url: string;
  /** the title as the citing report gives it */
  title: string;
  outlet: string;
  publishedOn: string;
};

export type DemoEvidence = {
  claim: string;
  source: DemoSource;
  stance: "supports" | "contradicts" | "context";
  addedBy: DemoReviewerKey;
};

/**
 * A comment's Markdown. A comment that mentions someone is written with the
 * `mention` the seed passes in, since a mention names an account by its id
 * (lib/notifications/mentions.ts), which exists only once the seed made it.
 */
export type DemoCommentBody = string | ((mention: (who: DemoAccountKey) => string) => string);

export type DemoComment = {
  claim: string;
  author: DemoAccountKey;
  body: DemoCommentBody;
  replies: Array<{ author: DemoAccountKey; body: DemoCommentBody }>;
};

export type DemoVerdict = {
  claim: string;
  verdict: "verified" | "false" | "misleading" | "unproven";
  rationale: string;
};

/** A claim a demo reviewer made from the sample report's text, in the reader. */
export type DemoSampleClaim = {
  key: string;
  statement: string;
  /** exact words of one paragraph of the sample report */
  quote: string;
  attribution: string;
  eventDate: string | null;
  eventDatePrecision: "day" | "month" | "year";
  madeBy: DemoReviewerKey;
};

/** A card the demo editor hands a reviewer, due some days after the seed runs. */
export type DemoAssignment = {
  claim: string;
  assignee: "lina" | "omar" | "hana";
  /** days from the day the seed runs; 1 is tomorrow */
  dueInDays: number;
  note: string;
};
