import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { claimRelations, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { recordClaimChange } from "@/lib/claims/record-change";
import { NotFoundError } from "@/lib/errors";
import { refreshClaimStatus } from "@/lib/review/refresh-status";
import { lockClaims } from "./link";
import { assertMayRemoveRelation } from "./permissions";

/**
 * Removes a link between two claims. Only the reviewer who made it, or an
 * editor or admin, may: relation ids are guessable, so the check is here.
 * The link is deleted; the audit trail on both cards keeps what it was.
 */
export async function removeRelation(
  actor: User,
  relationId: number,
): Promise<{ claimIds: [number, number] }> {
  assertRole(actor, "reviewer");
  return getDb().transaction(async (tx) => {
    const [relation] = await tx
      .select()
      .from(claimRelations)
      .where(eq(claimRelations.id, relationId));
    if (!relation) throw new NotFoundError("relation");
    assertMayRemoveRelation(actor, relation);
    const locked = await lockClaims(tx, [relation.fromClaimId, relation.toClaimId]);
    const [removed] = await tx
      .delete(claimRelations)
      .where(eq(claimRelations.id, relationId))
      .returning({ id: claimRelations.id });
    // someone else removed it between the read and the lock
    if (!removed) throw new NotFoundError("relation");

    const statuses = new Map<number, string>();
    for (const { id } of locked) statuses.set(id, (await refreshClaimStatus(tx, id)).status);
    for (const claim of locked) {
      await recordClaimChange(tx, {
        actorId: actor.id,
        action: "relation.remove",
        claimId: claim.id,
        before: {
          relationId: relation.id,
          fromClaimId: relation.fromClaimId,
          toClaimId: relation.toClaimId,
          kind: relation.kind,
          note: relation.note,
          status: claim.status,
        },
        after: { removed: true, status: statuses.get(claim.id) },
      });
    }
    return { claimIds: [relation.fromClaimId, relation.toClaimId] };
  });
}
