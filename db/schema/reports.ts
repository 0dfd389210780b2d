/**
 * Imported reports, every version of their text, and the suggested claim
 * sentences reviewers dismissed from them.
 */
import { sql } from "drizzle-orm";
import {
  check,
  date,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";

export const reports = pgTable(
  "reports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    title: text("title").notNull(),
    outlet: text("outlet"),
    author: text("author"),
    url: text("url"),
    /** null when the report does not tell */
    publishedOn: date("published_on"),
    /** BCP 47 tag, e.g. "ar" */
    language: text("language").notNull(),
    /** absent for reports known only by citation */
    fullText: text("full_text"),
    /** sha-256 of the normalised full text, to recognise a re-import */
    contentHash: text("content_hash"),
    importedBy: uuid("imported_by").references(() => users.id),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("reports_content_hash_key")
      .on(t.contentHash)
      .where(sql`${t.contentHash} is not null`),
    // as for evidence links: shown as a link, so never a script or data URL
    check("reports_url_scheme_check", sql`${t.url} is null or ${t.url} ~* '^https?://'`),
  ],
);

/**
 * Every full text a report has had, in order: written in the transaction
 * that makes it the report's text (import, replacement, restoration), so a
 * replaced text is never lost. The report row keeps a copy of the current
 * one for reading. The app's role may add versions but not change or remove
 * them (db/migrations, hand-written grants).
 */
export const reportTextVersions = pgTable(
  "report_text_versions",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id),
    /** 1, 2, 3 … per report, in the order the texts became current */
    number: integer("number").notNull(),
    fullText: text("full_text").notNull(),
    contentHash: text("content_hash").notNull(),
    /** who made it the report's text; null from the command line */
    setBy: uuid("set_by").references(() => users.id),
    setAt: timestamp("set_at", { withTimezone: true }).notNull().defaultNow(),
    /** the earlier version an editor restored, when this one is a restoration */
    restoredFrom: integer("restored_from"),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.number] })],
);

/**
 * A suggested claim sentence a reviewer judged not worth a card. Keyed by the
 * sentence's fingerprint (lib/suggestions/key.ts), so the choice survives a
 * re-import of the report with small changes.
 */
export const suggestionDismissals = pgTable(
  "suggestion_dismissals",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id),
    suggestionKey: text("suggestion_key").notNull(),
    /** the sentence as it read when dismissed, for the audit trail and for undoing */
    sentence: text("sentence").notNull(),
    dismissedBy: uuid("dismissed_by")
      .notNull()
      .references(() => users.id),
    dismissedAt: timestamp("dismissed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.suggestionKey] })],
);

export type Report = typeof reports.$inferSelect;
export type NewReport = typeof reports.$inferInsert;
export type ReportTextVersion = typeof reportTextVersions.$inferSelect;
export type SuggestionDismissal = typeof suggestionDismissals.$inferSelect;
