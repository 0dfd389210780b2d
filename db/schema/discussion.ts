/**
 * The discussion under each claim, with earlier bodies of edited comments.
 */
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { users } from "./accounts";
import { claims } from "./claims";

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

export type Comment = typeof comments.$inferSelect;
