import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db";
import { entities, type Entity } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { EntityKind } from "./kinds";

/**
 * The entity `entityId` names, locked against a merge until the transaction
 * ends, or the entity it was merged into. Writers that link a claim, report
 * or evidence to an entity take it through here: a merge holds both rows
 * with FOR UPDATE, so a link either lands before the merge (and is moved by
 * it) or after it, on the kept entity; never on the merged one.
 */
export async function lockEntity(tx: Transaction, entityId: number): Promise<Entity | null> {
  const [entity] = await tx.select().from(entities).where(eq(entities.id, entityId)).for("share");
  if (!entity?.mergedIntoId) return entity ?? null;
  // merges are flat (lib/sources/merge.ts re-points older ones), so one hop
  const [kept] = await tx
    .select()
    .from(entities)
    .where(eq(entities.id, entity.mergedIntoId))
    .for("share");
  return kept ?? null;
}

/**
 * The entity of that kind and name, whatever its case ("taliban" is the
 * Taliban the desk knows; a name merged away leads to the kept entity), or a
 * new one, locked as lockEntity locks. The unique index on kind and
 * lower(name) settles two people naming a new entity at once: the second
 * insert does nothing and reads the first one's row.
 */
export async function findOrCreateEntity(
  tx: Transaction,
  actorId: string | null,
  name: string,
  kind: EntityKind,
): Promise<Entity> {
  const sameName = and(eq(entities.kind, kind), sql`lower(${entities.name}) = lower(${name})`);
  const [known] = await tx.select({ id: entities.id }).from(entities).where(sameName);
  if (known) {
    const locked = await lockEntity(tx, known.id);
    if (locked) return locked;
  }
  const [created] = await tx
    .insert(entities)
    .values({ name, kind })
    .onConflictDoNothing()
    .returning();
  if (!created) {
    const [raced] = await tx.select({ id: entities.id }).from(entities).where(sameName);
    return (await lockEntity(tx, raced!.id))!;
  }
  await recordAudit(tx, {
    actorId,
    action: "entity.create",
    entityType: "entity",
    entityId: created.id,
    before: null,
    after: { name: created.name, kind: created.kind },
  });
  return created;
}
