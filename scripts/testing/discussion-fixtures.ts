/**
 * What the discussion tests look at after a write (a claim's comment events,
 * a comment's row and revisions, everything the discussion stores) and the
 * claim they comment on, shared by lib/discussion's integration tests.
 */
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents, commentRevisions, comments } from "@/db/schema";
import { claimEventsOf } from "./audit-events";
import { makeClaim } from "./make-claim";

/** A claim of its own to comment on, by its id. */
export async function makeClaimId(): Promise<number> {
  return (await makeClaim()).id;
}

/** The claim's comment events, in the order they were written. */
export const auditOf = (claimId: number) => claimEventsOf(claimId, "comment.");

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
