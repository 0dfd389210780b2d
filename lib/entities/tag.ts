import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { claimEntities, entities, type Entity, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { lockClaim } from "@/lib/claims/lock";
import { recordClaimChange } from "@/lib/claims/record-change";
import { issueRefusal, NotFoundError } from "@/lib/errors";
import { entityTagSchema, entityUntagSchema, type EntityTag } from "./fields";
import { findOrCreateEntity } from "./find-or-create";

/**
 * Who and where a claim is about (DESIGN.md: entities/tags), which the board,
 * the export and the timeline filter by. Any reviewer may tag and untag: the
 * tags sort cards, they do not change what was rated. Each change is one
 * transaction with its audit event on the claim, so the card's history shows
 * it; a new entity gets an event of its own.
 */
export async function tagClaim(
  actor: User,
  input: EntityTag,
): Promise<{ entity: Entity; added: boolean }> {
  assertRole(actor, "reviewer");
  const parsed = entityTagSchema.safeParse(input);
  if (!parsed.success) {
    throw issueRefusal(parsed.error.issues[0]!, "name");
  }
  const { claimId, name, kind } = parsed.data;
  return getDb().transaction(async (tx) => {
    await lockClaim(tx, claimId);
    const entity = await findOrCreateEntity(tx, actor.id, name, kind);
    const [tagged] = await tx
      .insert(claimEntities)
      .values({ claimId, entityId: entity.id })
      .onConflictDoNothing()
      .returning();
    if (!tagged) return { entity, added: false };
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "claim.tag",
      claimId: claimId,
      before: null,
      after: tagView(entity),
    });
    return { entity, added: true };
  });
}

export async function untagClaim(actor: User, input: { claimId: number; entityId: number }) {
  assertRole(actor, "reviewer");
  const { claimId, entityId } = entityUntagSchema.parse(input);
  await getDb().transaction(async (tx) => {
    await lockClaim(tx, claimId);
    const [entity] = await tx.select().from(entities).where(eq(entities.id, entityId));
    if (!entity) throw new NotFoundError("entity");
    const [untagged] = await tx
      .delete(claimEntities)
      .where(and(eq(claimEntities.claimId, claimId), eq(claimEntities.entityId, entityId)))
      .returning();
    // someone else removed it first: what was asked for is done
    if (!untagged) return;
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "claim.untag",
      claimId: claimId,
      before: tagView(entity),
      after: null,
    });
  });
}

/** A tag as the audit trail records it, and the card's history reads it: "entity: China". */
const tagView = (entity: Entity) => ({
  entityId: entity.id,
  entity: entity.name,
  kind: entity.kind,
});
