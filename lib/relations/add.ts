import "server-only";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { isUniqueViolation } from "@/lib/database/errors";
import { issueRefusal, RuleViolation } from "@/lib/errors";
import { newRelationSchema, type NewRelation } from "./fields";
import { linkClaims, sameLinkRefusal } from "./link";

/**
 * Links two claims. Any reviewer may. A link is undirected and a pair of
 * claims takes one: A contradicts B is shown on both cards, and a second
 * link between them, of any kind in either direction, is refused until the
 * first is removed (see link.ts for how that holds when reviewers race).
 * Both claims' statuses are recomputed, since a contradicting claim disputes
 * each of them.
 */
export async function addRelation(
  actor: User,
  relation: NewRelation,
): Promise<{ relationId: number }> {
  assertRole(actor, "reviewer");
  const parsed = newRelationSchema.safeParse(relation);
  if (!parsed.success) {
    throw issueRefusal(parsed.error.issues[0]!, "otherClaimId");
  }
  const { claimId, otherClaimId, kind, note } = parsed.data;
  if (claimId === otherClaimId) {
    throw new RuleViolation("relations.errors.itself", "otherClaimId");
  }
  try {
    return await getDb().transaction((tx) =>
      linkClaims(
        tx,
        { claimId, otherClaimId, kind, note, createdBy: actor.id },
        { actorId: actor.id },
      ),
    );
  } catch (error) {
    // the unique index on the pair and kind: the last word should a writer skip the lock
    if (isUniqueViolation(error)) throw sameLinkRefusal(kind);
    throw error;
  }
}
