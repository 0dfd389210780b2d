import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { claims, commentRevisions, comments, users, type Comment, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { recordClaimChange } from "@/lib/claims/record-change";
import { consumeRateLimit } from "@/lib/rate-limits";
import { NotFoundError, RuleViolation, VersionConflict } from "@/lib/errors";
import { notifyClaimChange } from "@/lib/notifications/fan-out";
import { acceptedCommentBody } from "./body";
import { acceptedNewMentions } from "./mentions";
import { assertMayDeleteComment, assertMayEditComment } from "./permissions";

/**
 * Writing to a claim's discussion. Each write is one transaction that locks
 * the comment it touches, writes its audit event on the claim (so the card's
 * history shows it) and announces the change for live pages. Edits and
 * deletes carry the version the reviewer saw: a comment changed since then
 * is not overwritten.
 */

export type NewComment = { claimId: number; parentId?: number | null; body: string };

export async function createComment(
  actor: User,
  input: NewComment,
): Promise<{ commentId: number; claimId: number }> {
  assertRole(actor, "reviewer");
  const body = acceptedCommentBody(input.body);
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, "comment", actor.id);
    const [claim] = await tx
      .select({ id: claims.id })
      .from(claims)
      .where(eq(claims.id, input.claimId));
    if (!claim) throw new NotFoundError("claim");
    const parentId = input.parentId ?? null;
    let repliedTo: string | null = null;
    if (parentId !== null) {
      // shared lock: the parent cannot be deleted between this check and the reply's commit
      const [parent] = await tx
        .select({
          claimId: comments.claimId,
          deletedAt: comments.deletedAt,
          authorId: comments.authorId,
        })
        .from(comments)
        .where(eq(comments.id, parentId))
        .for("share");
      if (!parent || parent.claimId !== claim.id) {
        throw new RuleViolation("discussion.errors.replyElsewhere");
      }
      if (parent.deletedAt) {
        throw new RuleViolation("discussion.errors.replyToDeleted");
      }
      repliedTo = parent.authorId;
    }
    const mentioned = await acceptedNewMentions(tx, body);
    const [comment] = await tx
      .insert(comments)
      .values({ claimId: claim.id, parentId, authorId: actor.id, body })
      .returning({ id: comments.id });
    await notifyClaimChange(tx, {
      actorId: actor.id,
      claims: [{ claimId: claim.id }],
      kind: "watched_comment",
      commentId: comment!.id,
      direct: [
        ...mentioned.map((recipientId) => ({ recipientId, kind: "mentioned" as const })),
        ...(repliedTo ? [{ recipientId: repliedTo, kind: "comment_reply" as const }] : []),
      ],
      watchAs: "commented",
    });
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "comment.create",
      claimId: claim.id,
      after: { commentId: comment!.id, parentId, body },
    });
    return { commentId: comment!.id, claimId: claim.id };
  });
}

export type CommentEdit = { commentId: number; version: number; body: string };

/** Rewords one's own comment; the words it replaces are kept as a revision. */
export async function editComment(
  actor: User,
  input: CommentEdit,
): Promise<{ claimId: number; commentId: number; version: number; changed: boolean }> {
  assertRole(actor, "reviewer");
  const body = acceptedCommentBody(input.body);
  return getDb().transaction(async (tx) => {
    const comment = await lockComment(tx, input.commentId);
    assertMayEditComment(actor, comment);
    await assertVersion(tx, actor, comment, input.version);
    if (comment.deletedAt) {
      throw new RuleViolation("discussion.errors.editDeleted");
    }
    const unchanged = { claimId: comment.claimId, commentId: comment.id, version: comment.version };
    if (comment.body === body) return { ...unchanged, changed: false };
    // only the people this edit adds are told: the others heard when they were first named
    const newlyMentioned = await acceptedNewMentions(tx, body, comment.body);

    await tx.insert(commentRevisions).values({
      commentId: comment.id,
      body: comment.body,
      editedBy: actor.id,
    });
    // the database's clock, as for the revision's edited_at: "edited" and "replaced" agree
    const [updated] = await tx
      .update(comments)
      .set({ body, updatedAt: sql`now()`, version: comment.version + 1 })
      .where(and(eq(comments.id, comment.id), eq(comments.version, comment.version)))
      .returning({ version: comments.version });
    await notifyClaimChange(tx, {
      actorId: actor.id,
      claims: [{ claimId: comment.claimId }],
      commentId: comment.id,
      direct: newlyMentioned.map((recipientId) => ({ recipientId, kind: "mentioned" as const })),
    });
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "comment.edit",
      claimId: comment.claimId,
      before: { commentId: comment.id, version: comment.version, body: comment.body },
      after: { commentId: comment.id, version: updated!.version, body },
    });
    return { ...unchanged, version: updated!.version, changed: true };
  });
}

export type CommentDeletion = { commentId: number; version: number };

/**
 * Takes a comment down: its words are hidden from the thread (and kept in the
 * database and the audit trail), its replies stay where they are.
 */
export async function deleteComment(
  actor: User,
  input: CommentDeletion,
): Promise<{ claimId: number; commentId: number; changed: boolean }> {
  assertRole(actor, "reviewer");
  return getDb().transaction(async (tx) => {
    const comment = await lockComment(tx, input.commentId);
    assertMayDeleteComment(actor, comment);
    const result = { claimId: comment.claimId, commentId: comment.id };
    // a second click, or two editors at once: already done, nothing more to record
    if (comment.deletedAt) return { ...result, changed: false };
    await assertVersion(tx, actor, comment, input.version);

    const [updated] = await tx
      .update(comments)
      .set({ deletedAt: sql`now()`, deletedBy: actor.id, version: comment.version + 1 })
      .where(eq(comments.id, comment.id))
      .returning({ version: comments.version });
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "comment.delete",
      claimId: comment.claimId,
      // the words stay out of this event: the card's history must not show what was taken down
      before: { commentId: comment.id, version: comment.version, authorId: comment.authorId },
      after: { commentId: comment.id, version: updated!.version, deletedBy: actor.id },
    });
    return { ...result, changed: true };
  });
}

/** What a refused edit or delete carries: the comment as it stands now. */
export type CommentConflict = {
  claimId: number;
  version: number;
  body: string | null;
  deleted: boolean;
};

async function lockComment(tx: Transaction, commentId: number): Promise<Comment> {
  const [comment] = await tx
    .select()
    .from(comments)
    .where(eq(comments.id, commentId))
    .for("update");
  if (!comment) throw new NotFoundError("comment");
  return comment;
}

/** Refuses a write based on an older version than the one stored, naming who changed it. */
async function assertVersion(tx: Transaction, actor: User, comment: Comment, expected: number) {
  if (comment.version === expected) return;
  // only the author edits, so the last change is theirs unless someone deleted it
  const changedById = comment.deletedBy ?? comment.authorId;
  const [changer] = await tx
    .select({ displayName: users.displayName })
    .from(users)
    .where(eq(users.id, changedById));
  // "you": in another tab or window
  const who = changedById === actor.id ? "you" : changer ? "named" : "someone";
  throw new VersionConflict(
    "discussion.conflict.changed",
    {
      claimId: comment.claimId,
      version: comment.version,
      body: comment.deletedAt ? null : comment.body,
      deleted: comment.deletedAt !== null,
    } satisfies CommentConflict,
    {
      what: comment.deletedAt ? "deleted" : "changed",
      who,
      name: changer?.displayName ?? "",
    },
  );
}
