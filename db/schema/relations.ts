/** How the tables relate, for drizzle's relational queries. */
import { relations } from "drizzle-orm";
import { users } from "./accounts";
import { reports } from "./reports";
import { claims, entities, claimEntities } from "./claims";
import { ratings, evidence, verdicts } from "./review";
import { comments } from "./discussion";

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
