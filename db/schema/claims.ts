/**
 * Claims (the cards), the entities they name, and the links between claims.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { claimStatus, relationKind, entityKind, anchorState, datePrecision } from "./enums";
import { users } from "./accounts";
import { reports } from "./reports";

export const claims = pgTable(
  "claims",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id),
    /** the card's headline: one checkable sentence, in Arabic or English */
    statement: text("statement").notNull(),
    /** the statement's language ("ar", "en"): chosen or told from its letters; ClaimReview's inLanguage */
    statementLanguage: text("statement_language").notNull().default("en"),
    /** the original-language quote the claim came from */
    quote: text("quote").notNull(),
    quoteLanguage: text("quote_language").notNull(),
    // W3C Web Annotation TextQuoteSelector + TextPositionSelector into reports.full_text
    anchorExact: text("anchor_exact").notNull(),
    anchorPrefix: text("anchor_prefix"),
    anchorSuffix: text("anchor_suffix"),
    anchorStart: integer("anchor_start"),
    anchorEnd: integer("anchor_end"),
    anchorState: anchorState("anchor_state").notNull().default("unanchored"),
    /** "Nezavisimaya Gazeta, citing a leaked MoD document" */
    attribution: text("attribution").notNull().default(""),
    eventDate: date("event_date"),
    eventDatePrecision: datePrecision("event_date_precision"),
    /** computed from ratings, evidence and relations; kept current in the same transaction */
    status: claimStatus("status").notNull().default("unreviewed"),
    // The board's orders and contradiction flag, kept beside the status by
    // the same refresh (lib/review/review-summary.ts), so listing a page
    // never aggregates the desk's ratings.
    ratingCount: integer("rating_count").notNull().default(0),
    contradicted: boolean("contradicted").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** optimistic locking: every edit sends the version it started from */
    version: integer("version").notNull().default(1),
    /**
     * The statement, quote and attribution folded for the board's search by
     * desk_normalise (db/migrations/0003), the SQL twin of normaliseArabic:
     * a desk looks a claim up by who said it as often as by what was said.
     * Postgres computes it on every write; the trigram index below answers
     * `LIKE '%term%'`.
     */
    searchText: text("search_text")
      .notNull()
      .generatedAlwaysAs(
        sql`desk_normalise("statement" || ' ' || "quote" || ' ' || "attribution")`,
      ),
    /**
     * The statement and the quote folded apart, for ranking claims that say
     * the same (lib/duplicates): trigram similarity of one statement with
     * another and of one quote with another, never of a statement with a
     * quote. Candidates are found through search_text's trigram index
     * (desk_similar_candidates, db/migrations/0013), so these need no index.
     */
    statementFolded: text("statement_folded")
      .notNull()
      .generatedAlwaysAs(sql`desk_normalise("statement")`),
    quoteFolded: text("quote_folded")
      .notNull()
      .generatedAlwaysAs(sql`desk_normalise("quote")`),
    /**
     * Whether claim_resemblances has yet to be worked out for this wording: set
     * on every new row and by a trigger when the statement or quote changes,
     * cleared by desk_record_resemblances. The app works a claim out as it
     * makes or rewords it; rows written in bulk (the demo seed, the bench, a
     * restore) are worked out in batches (lib/pairs/resemblances.ts), so a
     * bulk insert pays nothing per row.
     */
    resemblancesPending: boolean("resemblances_pending").notNull().default(true),
  },
  (t) => [
    index("claims_report_idx").on(t.reportId),
    index("claims_status_idx").on(t.status),
    index("claims_event_date_idx").on(t.eventDate),
    // the board's default order, newest first with the id breaking ties
    index("claims_created_at_id_idx").on(t.createdAt, t.id),
    // "least reviewed" and "most disputed", each read in index order; no grade
    // enters either (blind-first: the order must not rank by grades a viewer has not seen)
    index("claims_least_reviewed_idx").on(t.ratingCount, t.createdAt, t.id),
    index("claims_most_disputed_idx").on(
      sql`(${t.status} = 'disputed') desc`,
      t.contradicted.desc(),
      t.ratingCount.desc(),
      t.createdAt.desc(),
      t.id.desc(),
    ),
    // fastupdate off: claims arrive at the pace of people, and without a
    // pending list to wade through (until autovacuum merges it) searches
    // stay fast and the planner keeps choosing the index right after imports
    index("claims_search_text_trgm_idx")
      .using("gin", t.searchText.op("gin_trgm_ops"))
      .with({ fastupdate: false }),
    index("claims_resemblances_pending_idx")
      .on(t.id)
      .where(sql`${t.resemblancesPending}`),
    check(
      "claims_anchor_offsets_check",
      sql`${t.anchorStart} is null or (${t.anchorStart} >= 0 and ${t.anchorEnd} > ${t.anchorStart})`,
    ),
    check("claims_statement_language_check", sql`${t.statementLanguage} in ('ar', 'en')`),
  ],
);

/**
 * The desk's names: who and where claims are about (their tags), and who
 * they rest on (their sources, db/schema/sources.ts). One table for both,
 * because the Nezavisimaya Gazeta a claim is about is the one another claim
 * rests on, and a person quoted is a person tagged (why: lib/sources/kinds.ts).
 */
export const entities = pgTable(
  "entities",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    kind: entityKind("kind").notNull(),
    /** optimistic locking: renaming, a source's hosts, merging */
    version: integer("version").notNull().default(1),
    /**
     * Set when an editor merged this entity into another: every tag and
     * source link moved there. The row stays so its name still leads to the
     * kept one (naming it again finds the kept one, its old page redirects).
     */
    mergedIntoId: integer("merged_into_id").references((): AnyPgColumn => entities.id),
  },
  (t) => [
    uniqueIndex("entities_kind_name_key").on(t.kind, sql`lower(${t.name})`),
    check("entities_not_merged_into_self_check", sql`${t.mergedIntoId} <> ${t.id}`),
  ],
);

export const claimEntities = pgTable(
  "claim_entities",
  {
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.entityId] }),
    index("claim_entities_entity_idx").on(t.entityId),
  ],
);

export const claimRelations = pgTable(
  "claim_relations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    fromClaimId: integer("from_claim_id")
      .notNull()
      .references(() => claims.id),
    toClaimId: integer("to_claim_id")
      .notNull()
      .references(() => claims.id),
    kind: relationKind("kind").notNull(),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    check("claim_relations_not_self_check", sql`${t.fromClaimId} <> ${t.toClaimId}`),
    // a relation is undirected for uniqueness: A–B and B–A are the same link
    uniqueIndex("claim_relations_pair_key").on(
      sql`least(${t.fromClaimId}, ${t.toClaimId})`,
      sql`greatest(${t.fromClaimId}, ${t.toClaimId})`,
      t.kind,
    ),
    index("claim_relations_to_idx").on(t.toClaimId),
    index("claim_relations_from_idx").on(t.fromClaimId),
  ],
);

export type Claim = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;
export type Entity = typeof entities.$inferSelect;
export type ClaimRelation = typeof claimRelations.$inferSelect;
