/**
 * Pairs of claims the desk looks at together: those whose words resemble
 * each other (the candidates for possible duplicates and contradictions), and
 * the proposals a reviewer or editor dismissed.
 */
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { claims } from "./claims";
import { pairProposalKind } from "./enums";

/**
 * For each claim, the claims whose statement or quote most resemble its own
 * (desk_record_resemblances, db/migrations/0013: candidates through the
 * board's trigram index, kept when 0.2 alike), worked out when a claim is
 * made or reworded (claims.resemblances_pending), so the desk's lists of
 * possible duplicates and contradictions read pairs instead of comparing
 * every claim with every other. Each pair once, the lower id first.
 */
export const claimResemblances = pgTable(
  "claim_resemblances",
  {
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    otherClaimId: integer("other_claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    statementSimilarity: real("statement_similarity").notNull(),
    quoteSimilarity: real("quote_similarity").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.otherClaimId] }),
    index("claim_resemblances_other_idx").on(t.otherClaimId),
    check("claim_resemblances_order_check", sql`${t.claimId} < ${t.otherClaimId}`),
  ],
);

/**
 * A proposal about a pair that a person judged wrong ("not the same claim",
 * "no contradiction"): the pair is not offered again for that kind. The lower
 * id first, like a relation's pair.
 */
export const claimPairDismissals = pgTable(
  "claim_pair_dismissals",
  {
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    otherClaimId: integer("other_claim_id")
      .notNull()
      .references(() => claims.id),
    kind: pairProposalKind("kind").notNull(),
    dismissedBy: uuid("dismissed_by")
      .notNull()
      .references(() => users.id),
    dismissedAt: timestamp("dismissed_at", { withTimezone: true }).notNull().defaultNow(),
    /** what the proposal showed when dismissed, for the audit trail and for a later look */
    shown: text("shown").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.otherClaimId, t.kind] }),
    index("claim_pair_dismissals_other_idx").on(t.otherClaimId),
    check("claim_pair_dismissals_order_check", sql`${t.claimId} < ${t.otherClaimId}`),
  ],
);

export type ClaimResemblance = typeof claimResemblances.$inferSelect;
export type ClaimPairDismissal = typeof claimPairDismissals.$inferSelect;
