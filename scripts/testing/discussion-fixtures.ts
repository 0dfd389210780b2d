/**
 * What the discussion tests look at after a write (a claim's comment events,
 * a comment's row and revisions, everything the discussion stores) and the
 * claim they comment on, shared by lib/discussion's integration tests.
 */
import { and, eq, like } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents, commentRevisions, comments } from "@/db/schema";
import { makeClaim } from "./make-claim";

/** A claim of its own to comment on, by its id. */
export async function makeClaimId(): Promise<number> {
  return (await makeClaim()).id;
}

export const auditOf = (claimId: number) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, "claim"),
        eq(auditEvents.entityId, String(claimId)),
        like(auditEvents.action, "comment.%"),
      ),
    )
    .orderBy(auditEvents.id);

export const commentRow = async (id: number) =>
  (await getDb().select().from(comments).where(eq(comments.id, id)))[0]!;

export const revisionsOf = (id: number) =>
  getDb().select().from(commentRevisions).where(eq(commentRevisions.commentId, id));

/** A snapshot of everything the discussion writes, to prove a refusal saved nothing. */
export async function everything() {
  const db = getDb();
  return {
    comments: await db.select().from(comments).orderBy(comments.id),
    revisions: await db.select().from(commentRevisions).orderBy(commentRevisions.id),
    audit: await db.$count(auditEvents),
  };
}
