/**
 * What reviewers and editors decide about a claim: ratings, reveals of
 * others' ratings, evidence, and verdicts.
 */
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { reliabilityGrade, evidenceFlag, evidenceStance, verdictKind } from "./enums";
import { users } from "./accounts";
import { claims } from "./claims";

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
    // What the desk's checks of the page say (lib/evidence/check-page.ts;
    // each capture is a row of evidence_snapshots). Written by the desk, not
    // by people, so the version above does not count them.
    /** when the page was last fetched; null: not yet (a new source, or one from before captures) */
    checkedAt: timestamp("checked_at", { withTimezone: true }),
    /** fetches in a row that failed; at two the page counts as gone */
    failedChecks: smallint("failed_checks").notNull().default(0),
    /** what changed on the page since the desk saw it, while it stays changed */
    flag: evidenceFlag("flag"),
    flaggedAt: timestamp("flagged_at", { withTimezone: true }),
  },
  (t) => [
    index("evidence_claim_idx").on(t.claimId),
    // a claim's live sources (the card, the export's per-claim list): without it the planner
    // takes the re-check index below, whose predicate matches, and reads every source per claim
    index("evidence_live_claim_idx")
      .on(t.claimId)
      .where(sql`${t.retractedAt} is null`),
    // the board's "evidence changed" and the dashboard's verdicts resting on it
    index("evidence_flagged_claim_idx")
      .on(t.claimId)
      .where(sql`${t.flag} is not null and ${t.retractedAt} is null`),
    // the daily re-check: live sources, least recently checked first
    index("evidence_checked_at_idx")
      .on(t.checkedAt.asc().nullsFirst(), t.id)
      .where(sql`${t.retractedAt} is null`),
    // the data layer validates too; the database is the last line against script URLs
    check("evidence_url_scheme_check", sql`${t.url} ~* '^https?://'`),
    check(
      "evidence_archive_url_scheme_check",
      sql`${t.archiveUrl} is null or ${t.archiveUrl} ~* '^https?://'`,
    ),
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

export type Rating = typeof ratings.$inferSelect;
export type Evidence = typeof evidence.$inferSelect;
export type Verdict = typeof verdicts.$inferSelect;
