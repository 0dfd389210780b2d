import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { commentRevisions, comments, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { withCurrentNames } from "@/lib/notifications/mentions";
import { currentMentionNames } from "./mentions";
import { mayDeleteComment, mayEditComment } from "./permissions";

/** An earlier wording of an edited comment. */
export type CommentRevision = {
  id: number;
  body: string;
  /** when these words were posted (the comment's creation, or the edit before) */
  writtenAt: Date;
  /** when an edit replaced them */
  replacedAt: Date;
};

/** One comment as the thread shows it to the acting user, with its replies. */
export type DiscussionComment = {
  id: number;
  parentId: number | null;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  /** the Markdown source; null once deleted, so deleted words never reach the page */
  body: string | null;
  deleted: { at: Date; byName: string; byAuthor: boolean } | null;
  /** earlier wordings, newest first; empty for a deleted comment */
  revisions: CommentRevision[];
  canReply: boolean;
  canEdit: boolean;
  canDelete: boolean;
  replies: DiscussionComment[];
};

export type Discussion = { comments: DiscussionComment[]; count: number };

/**
 * A claim's discussion as a tree, oldest first at each level, with what the
 * acting user may do to each comment. Deleted comments keep their place (so
 * their replies still read as replies) but not their words.
 */
export async function getDiscussion(actor: User, claimId: number): Promise<Discussion> {
  assertRole(actor, "reviewer");
  const db = getDb();
  const author = alias(users, "author");
  const deleter = alias(users, "deleter");
  const rows = await db
    .select({
      comment: comments,
      authorName: author.displayName,
      deleterName: deleter.displayName,
      // a live comment's earlier wordings, oldest first, in the same round trip
      revisions: sql<Array<{ id: number; body: string; editedAt: string }> | null>`(
        select json_agg(json_build_object('id', cr.id, 'body', cr.body, 'editedAt', cr.edited_at)
                        order by cr.id)
          from ${commentRevisions} cr
         where cr.comment_id = ${comments.id} and ${comments.deletedAt} is null)`,
      // mentions show each person's name as it is now, whatever it was when written
      mentionNames: currentMentionNames(sql`case when ${comments.deletedAt} is null then
        array_append(array(select cr.body from ${commentRevisions} cr
                            where cr.comment_id = ${comments.id}), ${comments.body}) end`),
    })
    .from(comments)
    .innerJoin(author, eq(author.id, comments.authorId))
    .leftJoin(deleter, eq(deleter.id, comments.deletedBy))
    .where(eq(comments.claimId, claimId))
    .orderBy(asc(comments.createdAt), asc(comments.id));

  const revisionsByComment = new Map(
    rows.map((row) => [
      row.comment.id,
      (row.revisions ?? []).map((revision) => ({
        ...revision,
        editedAt: new Date(revision.editedAt),
      })),
    ]),
  );
  const revisionRows = [...revisionsByComment.values()].flat();

  const names = new Map(rows.flatMap((row) => Object.entries(row.mentionNames ?? {})));
  for (const revision of revisionRows) revision.body = withCurrentNames(revision.body, names);
  const nodes = new Map<number, DiscussionComment>();
  for (const { comment, authorName, deleterName } of rows) {
    const deleted = comment.deletedAt !== null;
    nodes.set(comment.id, {
      id: comment.id,
      parentId: comment.parentId,
      authorName,
      createdAt: comment.createdAt,
      updatedAt: comment.updatedAt,
      version: comment.version,
      body: deleted ? null : withCurrentNames(comment.body, names),
      deleted: deleted
        ? {
            at: comment.deletedAt!,
            byName: deleterName ?? "someone",
            byAuthor: comment.deletedBy === comment.authorId,
          }
        : null,
      revisions: deleted
        ? []
        : revisionsOf(comment.createdAt, revisionsByComment.get(comment.id) ?? []),
      canReply: !deleted,
      canEdit: !deleted && mayEditComment(actor, comment),
      canDelete: !deleted && mayDeleteComment(actor, comment),
      replies: [],
    });
  }

  const roots: DiscussionComment[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    // a parent outside this claim cannot be written; should one appear, the reply stands alone
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  return { comments: roots, count: rows.filter((r) => !r.comment.deletedAt).length };
}

/** One comment's revisions (given oldest first), newest first, each with when its words were posted. */
function revisionsOf(
  createdAt: Date,
  own: Array<Pick<typeof commentRevisions.$inferSelect, "id" | "body" | "editedAt">>,
): CommentRevision[] {
  return own
    .map((revision, index) => ({
      id: revision.id,
      body: revision.body,
      writtenAt: index === 0 ? createdAt : own[index - 1]!.editedAt,
      replacedAt: revision.editedAt,
    }))
    .reverse();
}
