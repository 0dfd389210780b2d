import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { claimRelations, claims, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import { isUniqueViolation } from "@/lib/database/errors";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { announceClaimChange } from "@/lib/review/announce";
import { refreshClaimStatus } from "@/lib/review/refresh-status";
import { newRelationSchema, type NewRelation } from "./fields";

const kindWords: Record<NewRelation["kind"], string> = {
  same_as: "the same claim",
  corroborates: "corroborating",
  contradicts: "contradicting",
};

/**
 * Links two claims. Any reviewer may. A link is undirected: A contradicts B
 * and B contradicts A are one link, shown on both cards, so a second one in
 * either direction is refused (the unique index on the unordered pair is the
 * last word when two reviewers race). Both claims' statuses are recomputed,
 * since a contradicting claim disputes each of them.
 */
export async function addRelation(
  actor: User,
  relation: NewRelation,
): Promise<{ relationId: number }> {
  assertRole(actor, "reviewer");
  const parsed = newRelationSchema.safeParse(relation);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RuleViolation(issue.message, String(issue.path[0] ?? "otherClaimId"));
  }
  const { claimId, otherClaimId, kind, note } = parsed.data;
  if (claimId === otherClaimId) {
    throw new RuleViolation(
      "A claim cannot be related to itself. Choose another claim.",
      "otherClaimId",
    );
  }
  const duplicate = new RuleViolation(
    `These two claims are already linked as ${kindWords[kind]}.`,
    "kind",
  );
  try {
    return await getDb().transaction(async (tx) => {
      const locked = await lockClaims(tx, [claimId, otherClaimId]);
      if (!locked.some((c) => c.id === claimId)) throw new NotFoundError("The claim");
      if (!locked.some((c) => c.id === otherClaimId)) {
        throw new RuleViolation("That claim no longer exists. Search again.", "otherClaimId");
      }
      const [existing] = await tx
        .select({ id: claimRelations.id })
        .from(claimRelations)
        .where(
          and(
            eq(claimRelations.kind, kind),
            or(
              and(
                eq(claimRelations.fromClaimId, claimId),
                eq(claimRelations.toClaimId, otherClaimId),
              ),
              and(
                eq(claimRelations.fromClaimId, otherClaimId),
                eq(claimRelations.toClaimId, claimId),
              ),
            ),
          ),
        );
      if (existing) throw duplicate;

      const [added] = await tx
        .insert(claimRelations)
        .values({ fromClaimId: claimId, toClaimId: otherClaimId, kind, note, createdBy: actor.id })
        .returning({ id: claimRelations.id });
      const statuses = new Map<number, string>();
      for (const { id } of locked) statuses.set(id, (await refreshClaimStatus(tx, id)).status);
      for (const { id } of locked) {
        await announceClaimChange(tx, { claimId: id, kind: "relation", actorId: actor.id });
      }
      // one event per card, so both histories tell of the link
      for (const claim of locked) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: "relation.add",
          entityType: "claim",
          entityId: claim.id,
          before: { status: claim.status },
          after: {
            relationId: added!.id,
            fromClaimId: claimId,
            toClaimId: otherClaimId,
            kind,
            note,
            status: statuses.get(claim.id),
          },
        });
      }
      return { relationId: added!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate;
    throw error;
  }
}

/**
 * Locks both claims' rows in id order (so two writers on the same pair never
 * deadlock), making their status refreshes run one after the other.
 */
export async function lockClaims(tx: Executor, claimIds: number[]) {
  return tx
    .select({ id: claims.id, status: claims.status })
    .from(claims)
    .where(inArray(claims.id, claimIds))
    .orderBy(asc(claims.id))
    .for("no key update");
}
