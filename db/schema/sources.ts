/**
 * Who claims, reports and evidence rest on. A source is an entity
 * (db/schema/claims.ts) of a source kind; these tables link it to what it is
 * the source of, and map web hosts to it, so an evidence link's address
 * names its outlet.
 */
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { claims, entities } from "./claims";
import { reports } from "./reports";
import { evidence } from "./review";

/** A claim rests on this source (besides the free-text attribution chain, which stays). */
export const claimSources = pgTable(
  "claim_sources",
  {
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    sourceId: integer("source_id")
      .notNull()
      .references(() => entities.id),
    addedBy: uuid("added_by").references(() => users.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.sourceId] }),
    // a source's claims: its page, its record, the board's Source filter
    index("claim_sources_source_idx").on(t.sourceId, t.claimId),
  ],
);

/** The outlet (or organisation) that published a report: one per report. */
export const reportSources = pgTable(
  "report_sources",
  {
    reportId: integer("report_id")
      .primaryKey()
      .references(() => reports.id),
    sourceId: integer("source_id")
      .notNull()
      .references(() => entities.id),
    /** optimistic locking: two people setting a report's outlet at once */
    version: integer("version").notNull().default(1),
    setBy: uuid("set_by").references(() => users.id),
    setAt: timestamp("set_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("report_sources_source_idx").on(t.sourceId)],
);

/**
 * The source an evidence link is from: found from its address's host
 * (source_hosts) when it is added, or when a host is given to a source later.
 */
export const evidenceSources = pgTable(
  "evidence_sources",
  {
    evidenceId: integer("evidence_id")
      .primaryKey()
      .references(() => evidence.id),
    sourceId: integer("source_id")
      .notNull()
      .references(() => entities.id),
  },
  (t) => [index("evidence_sources_source_idx").on(t.sourceId)],
);

/**
 * A web host and the source that publishes on it ("ng.ru" → Nezavisimaya
 * Gazeta). Lower case, without "www."; a host belongs to one source, and a
 * subdomain's link maps to its parent domain's source when it has none of
 * its own.
 */
export const sourceHosts = pgTable(
  "source_hosts",
  {
    host: text("host").primaryKey(),
    sourceId: integer("source_id")
      .notNull()
      .references(() => entities.id),
  },
  (t) => [index("source_hosts_source_idx").on(t.sourceId)],
);

export type ClaimSource = typeof claimSources.$inferSelect;
export type ReportSource = typeof reportSources.$inferSelect;
