/**
 * Shapes of the demo corpus: the five Arabic reports in ../shared/reports,
 * turned into report records and claim cards. The corpus stores report
 * metadata and each claim's exact quote, never the reports' full text.
 */

export type EntityKind = "country" | "person" | "organisation" | "place";

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
