import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { claimSources, entities, type Entity, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { lockClaim } from "@/lib/claims/lock";
import { readKnownEntities } from "@/lib/entities/list";
import { readClaimPage } from "@/lib/claims/page-reads";
import { recordClaimChange } from "@/lib/claims/record-change";
import { NotFoundError } from "@/lib/errors";
import { parseOrRefuse } from "@/lib/evidence/fields";
import { findOrCreateSource, sourceView } from "./desk-sources";
import { claimSourceRemovalSchema, claimSourceSchema, type ClaimSourceInput } from "./fields";
import { assertMayNameClaimSource } from "./permissions";

/**
 * Who a claim rests on: any reviewer names a source the desk knows or a new
 * one, and removes one, each change one transaction under the claim's lock
 * with its event on the card. Naming a source twice is done once; so is
 * removing it.
 */
export async function nameClaimSource(
  actor: User,
  input: ClaimSourceInput,
): Promise<{ source: Entity; added: boolean }> {
  assertRole(actor, "reviewer");
  assertMayNameClaimSource(actor);
  const { claimId, name, kind } = parseOrRefuse(claimSourceSchema, input);
  return getDb().transaction(async (tx) => {
    await lockClaim(tx, claimId);
    const source = await findOrCreateSource(tx, actor.id, name, kind);
    const [named] = await tx
      .insert(claimSources)
      .values({ claimId, sourceId: source.id, addedBy: actor.id })
      .onConflictDoNothing()
      .returning();
    if (!named) return { source, added: false };
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "claim.add_source",
      claimId,
      before: null,
      after: sourceView(source),
    });
    return { source, added: true };
  });
}

export async function removeClaimSource(
  actor: User,
  input: { claimId: number; sourceId: number },
): Promise<void> {
  assertRole(actor, "reviewer");
  assertMayNameClaimSource(actor);
  const { claimId, sourceId } = parseOrRefuse(claimSourceRemovalSchema, input);
  await getDb().transaction(async (tx) => {
    await lockClaim(tx, claimId);
    const [source] = await tx.select().from(entities).where(eq(entities.id, sourceId));
    if (!source) throw new NotFoundError("source");
    const [removed] = await tx
      .delete(claimSources)
      .where(and(eq(claimSources.claimId, claimId), eq(claimSources.sourceId, sourceId)))
      .returning();
    // someone else removed it first (or a merge moved it): what was asked for is done
    if (!removed) return;
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "claim.remove_source",
      claimId,
      before: sourceView(source),
      after: null,
    });
  });
}

/** The sources a claim rests on, by name. */
export async function listClaimSources(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  return (await readClaimPage(claimId, actor.id))?.sources ?? [];
}

export type ClaimSourceItem = Awaited<ReturnType<typeof listClaimSources>>[number];

/** The desk's sources by name, for the form's suggestions as a name is typed. */
export async function listKnownSources(actor: User) {
  assertRole(actor, "reviewer");
  return (await readKnownEntities())
    .filter((entity) => entity.isSource)
    .map(({ id, name, kind }) => ({ id, name, kind }));
}
