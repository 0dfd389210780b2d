/**
 * What the desk saw on an evidence page: one row per capture whose result
 * differs from the one before (new text, or a new way of failing), with the
 * page reduced to its text. A check that finds the same text again only
 * moves `lastCheckedAt` and counts itself in `checks`.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { evidence } from "./review";

export const evidenceSnapshots = pgTable(
  "evidence_snapshots",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    evidenceId: integer("evidence_id")
      .notNull()
      .references(() => evidence.id),
    /** when this result was first seen */
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull().defaultNow(),
    /** when it was last seen again, unchanged */
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }).notNull().defaultNow(),
    /** how many checks found it, the first included */
    checks: integer("checks").notNull().default(1),
    /** the HTTP status of the last answer, when the site answered */
    httpStatus: smallint("http_status"),
    /** where the page was found, after redirects */
    finalUrl: text("final_url"),
    title: text("title"),
    /** the article's text as extracted (lib/web), never the page's HTML */
    text: text("text"),
    /** SHA-256 of `text` in hex: what the audit event records */
    textHash: text("text_hash"),
    /** null when the source has no quote, or the page could not be read */
    quoteFound: boolean("quote_found"),
    bytes: integer("bytes"),
    encoding: text("encoding"),
    /** why the page could not be read: a WebFetchError code (lib/web/fetch-errors.ts) */
    failure: text("failure"),
    /** the fetcher's sentence for it */
    failureMessage: text("failure_message"),
  },
  (t) => [
    index("evidence_snapshots_evidence_idx").on(t.evidenceId, t.id.desc()),
    // either the page's text or the reason there is none
    check(
      "evidence_snapshots_text_or_failure_check",
      sql`(${t.failure} is null) = (${t.textHash} is not null and ${t.text} is not null)`,
    ),
  ],
);

export type EvidenceSnapshot = typeof evidenceSnapshots.$inferSelect;
