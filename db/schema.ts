/**
 * Every table of the desk. TypeScript keys are camelCase, SQL names snake_case.
 * Changes go through `npm run db:generate`, which writes a migration into
 * db/migrations; the audit trail's triggers and the app role's grants live in
 * hand-written migrations beside the generated ones.
 */
import { relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const userRole = pgEnum("user_role", ["reviewer", "editor", "admin"]);
/** Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const reliabilityGrade = pgEnum("reliability_grade", ["A", "B", "C", "D", "E", "F"]);
export const claimStatus = pgEnum("claim_status", [
  "unreviewed",
  "in_review",
  "well_sourced",
  "weakly_sourced",
  "disputed",
  "mixed",
]);
export const evidenceStance = pgEnum("evidence_stance", ["supports", "contradicts", "context"]);
export const relationKind = pgEnum("relation_kind", ["same_as", "corroborates", "contradicts"]);
export const verdictKind = pgEnum("verdict_kind", ["verified", "false", "misleading", "unproven"]);
export const entityKind = pgEnum("entity_kind", ["country", "person", "organisation", "place"]);
export const anchorState = pgEnum("anchor_state", ["anchored", "unanchored", "orphaned"]);
export const datePrecision = pgEnum("date_precision", ["day", "month", "year"]);
export const accountTokenPurpose = pgEnum("account_token_purpose", ["invite", "password_reset"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: userRole("role").notNull().default("reviewer"),
    /** argon2id; null until an invited user sets a password */
    passwordHash: text("password_hash"),
    active: boolean("active").notNull().default(true),
    /** bumped to end every session of this user at their next request */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`)],
);

/** One-time invite and password-reset links; only a hash of the token is kept. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    purpose: accountTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("account_tokens_token_hash_key").on(t.tokenHash)],
);

/** Personal API tokens for editors' export scripts; only a hash is kept. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_tokens_token_hash_key").on(t.tokenHash)],
);

/** Every sign-in attempt, so throttling holds across app instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_attempts_email_time_idx").on(t.email, t.attemptedAt),
    index("login_attempts_ip_time_idx").on(t.ip, t.attemptedAt),
  ],
);

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
  ],
);

export const claims = pgTable(
  "claims",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id),
    /** the card's headline: one checkable sentence in English */
    statement: text("statement").notNull(),
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
    gradeSpread: smallint("grade_spread").notNull().default(0),
    contradicted: boolean("contradicted").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** optimistic locking: every edit sends the version it started from */
    version: integer("version").notNull().default(1),
    /**
     * The statement and quote folded for the board's search by desk_normalise
     * (db/migrations/0003), the SQL twin of normaliseArabic. Postgres computes
     * it on every write; the trigram index below answers `LIKE '%term%'`.
     */
    searchText: text("search_text")
      .notNull()
      .generatedAlwaysAs(sql`desk_normalise("statement" || ' ' || "quote")`),
  },
  (t) => [
    index("claims_report_idx").on(t.reportId),
    index("claims_status_idx").on(t.status),
    index("claims_event_date_idx").on(t.eventDate),
    // the board's default order, newest first with the id breaking ties
    index("claims_created_at_id_idx").on(t.createdAt, t.id),
    // "least reviewed" and "most disputed", each read in index order
    index("claims_least_reviewed_idx").on(t.ratingCount, t.createdAt, t.id),
    index("claims_most_disputed_idx").on(
      sql`(${t.status} = 'disputed') desc`,
      t.contradicted.desc(),
      t.gradeSpread.desc(),
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
    check(
      "claims_anchor_offsets_check",
      sql`${t.anchorStart} is null or (${t.anchorStart} >= 0 and ${t.anchorEnd} > ${t.anchorStart})`,
    ),
  ],
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

export const entities = pgTable(
  "entities",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    kind: entityKind("kind").notNull(),
  },
  (t) => [uniqueIndex("entities_kind_name_key").on(t.kind, sql`lower(${t.name})`)],
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

/** One rating per reviewer per claim; a change replaces it and the audit trail keeps the old one. */
export const ratings = pgTable(
  "ratings",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    reviewerId: uuid("reviewer_id")
      .notNull()
      .references(() => users.id),
    reliability: reliabilityGrade("reliability").notNull(),
    /** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged */
    credibility: smallint("credibility").notNull(),
    note: text("note"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("ratings_claim_reviewer_key").on(t.claimId, t.reviewerId),
    // (reviewer, claim) rather than reviewer alone: "which claims has this
    // reviewer rated" (the board's blind-first check and "needs my rating")
    // is then answered from the index without reading the ratings themselves
    index("ratings_reviewer_claim_idx").on(t.reviewerId, t.claimId),
    check("ratings_credibility_check", sql`${t.credibility} between 1 and 6`),
  ],
);

/** A reviewer who chose to see others' ratings before rating (blind-first is the default). */
export const ratingReveals = pgTable(
  "rating_reveals",
  {
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    reviewerId: uuid("reviewer_id")
      .notNull()
      .references(() => users.id),
    revealedAt: timestamp("revealed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.reviewerId] })],
);

export const evidence = pgTable(
  "evidence",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    url: text("url").notNull(),
    title: text("title").notNull(),
    outlet: text("outlet"),
    publishedOn: date("published_on"),
    archiveUrl: text("archive_url"),
    stance: evidenceStance("stance").notNull(),
    quote: text("quote"),
    addedBy: uuid("added_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    retractedAt: timestamp("retracted_at", { withTimezone: true }),
    retractedBy: uuid("retracted_by").references(() => users.id),
    retractionReason: text("retraction_reason"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("evidence_claim_idx").on(t.claimId),
    // the board asks on every page which claims have live contradicting
    // evidence; without this it reads the whole evidence table each time
    index("evidence_contradicting_claim_idx")
      .on(t.claimId)
      .where(sql`${t.stance} = 'contradicts' and ${t.retractedAt} is null`),
    // the data layer validates too; the database is the last line against script URLs
    check("evidence_url_scheme_check", sql`${t.url} ~* '^https?://'`),
    check(
      "evidence_archive_url_scheme_check",
      sql`${t.archiveUrl} is null or ${t.archiveUrl} ~* '^https?://'`,
    ),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    parentId: integer("parent_id"),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    /** Markdown source; rendered through a sanitiser, never as raw HTML */
    body: text("body").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    deletedBy: uuid("deleted_by").references(() => users.id),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("comments_claim_idx").on(t.claimId, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
  ],
);

/** Earlier bodies of an edited comment. */
export const commentRevisions = pgTable(
  "comment_revisions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id),
    body: text("body").notNull(),
    editedBy: uuid("edited_by")
      .notNull()
      .references(() => users.id),
    editedAt: timestamp("edited_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("comment_revisions_comment_idx").on(t.commentId)],
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

/** An editor's decision. The open one (not reopened) locks the claim's ratings. */
export const verdicts = pgTable(
  "verdicts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    verdict: verdictKind("verdict").notNull(),
    rationale: text("rationale").notNull(),
    decidedBy: uuid("decided_by")
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
    reopenedBy: uuid("reopened_by").references(() => users.id),
    reopenedAt: timestamp("reopened_at", { withTimezone: true }),
    reopenReason: text("reopen_reason"),
  },
  (t) => [
    uniqueIndex("verdicts_open_claim_key")
      .on(t.claimId)
      .where(sql`${t.reopenedAt} is null`),
    index("verdicts_claim_idx").on(t.claimId),
  ],
);

/**
 * Append-only and hash-chained. The `audit_events_chain` trigger assigns id,
 * occurred_at, prev_hash and hash under a transaction-level advisory lock, so
 * values supplied for those columns are ignored. UPDATE, DELETE and TRUNCATE
 * are refused by triggers, and the app's role holds only SELECT and INSERT.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().default(0),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
    prevHash: text("prev_hash").notNull().default(""),
    hash: text("hash").notNull().default(""),
  },
  (t) => [
    index("audit_events_entity_idx").on(t.entityType, t.entityId, t.id),
    index("audit_events_actor_idx").on(t.actorId, t.id),
    index("audit_events_action_idx").on(t.action, t.id),
    index("audit_events_occurred_at_idx").on(t.occurredAt),
  ],
);

export const usersRelations = relations(users, ({ many }) => ({
  ratings: many(ratings),
  comments: many(comments),
}));

export const reportsRelations = relations(reports, ({ many, one }) => ({
  claims: many(claims),
  importer: one(users, { fields: [reports.importedBy], references: [users.id] }),
}));

export const claimsRelations = relations(claims, ({ one, many }) => ({
  report: one(reports, { fields: [claims.reportId], references: [reports.id] }),
  ratings: many(ratings),
  evidence: many(evidence),
  comments: many(comments),
  verdicts: many(verdicts),
  claimEntities: many(claimEntities),
}));

export const claimEntitiesRelations = relations(claimEntities, ({ one }) => ({
  claim: one(claims, { fields: [claimEntities.claimId], references: [claims.id] }),
  entity: one(entities, { fields: [claimEntities.entityId], references: [entities.id] }),
}));

export const ratingsRelations = relations(ratings, ({ one }) => ({
  claim: one(claims, { fields: [ratings.claimId], references: [claims.id] }),
  reviewer: one(users, { fields: [ratings.reviewerId], references: [users.id] }),
}));

export const evidenceRelations = relations(evidence, ({ one }) => ({
  claim: one(claims, { fields: [evidence.claimId], references: [claims.id] }),
  addedByUser: one(users, { fields: [evidence.addedBy], references: [users.id] }),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  claim: one(claims, { fields: [comments.claimId], references: [claims.id] }),
  author: one(users, { fields: [comments.authorId], references: [users.id] }),
}));

export const verdictsRelations = relations(verdicts, ({ one }) => ({
  claim: one(claims, { fields: [verdicts.claimId], references: [claims.id] }),
  decider: one(users, { fields: [verdicts.decidedBy], references: [users.id] }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Role = (typeof userRole.enumValues)[number];
export type Report = typeof reports.$inferSelect;
export type NewReport = typeof reports.$inferInsert;
export type Claim = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;
export type ClaimStatus = (typeof claimStatus.enumValues)[number];
export type Rating = typeof ratings.$inferSelect;
export type ReliabilityGrade = (typeof reliabilityGrade.enumValues)[number];
export type Evidence = typeof evidence.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type ClaimRelation = typeof claimRelations.$inferSelect;
export type Verdict = typeof verdicts.$inferSelect;
export type VerdictKind = (typeof verdictKind.enumValues)[number];
export type Entity = typeof entities.$inferSelect;
export type SuggestionDismissal = typeof suggestionDismissals.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
