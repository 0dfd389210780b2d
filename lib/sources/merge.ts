import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import {
  claimEntities,
  claimSources,
  entities,
  evidenceSources,
  reportSources,
  sourceHosts,
  type Entity,
  type User,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import { recordClaimChange } from "@/lib/claims/record-change";
import { NotFoundError, RuleViolation, VersionConflict } from "@/lib/errors";
import { parseOrRefuse } from "@/lib/evidence/fields";
import { sourceView } from "./desk-sources";
import { sourceMergeSchema, type SourceMerge } from "./fields";
import { isSourceKind } from "./kinds";
import { assertMayMergeSources } from "./permissions";

/**
 * Two sources that turn out to be one ("NG" and "Nezavisimaya Gazeta"): an
 * editor merges the page's source into the one kept, from the version they
 * opened. Every claim resting on it and every claim tagged with it, its
 * report outlets, evidence links and hosts move to the kept source in one
 * transaction; the merged entity stays as a pointer (its name and page lead
 * to the kept one), and entities merged into it earlier now point at the
 * kept one too, so merges never chain.
 *
 * Both rows are locked FOR UPDATE, lower id first, so two merges of the same
 * pair in opposite directions run one after the other and the second finds
 * its source merged away; writers that link to an entity lock it FOR SHARE
 * first (lib/entities/find-or-create.ts), so a link lands before the merge
 * and is moved, or after it on the kept source. Claim rows are not locked:
 * a claim being tagged at the same moment holds its own lock while it waits
 * for the entity's, and the merge never waits for a claim.
 *
 * Audited once on the merged source with what moved, and on each claim card
 * it touched ("merged the card's source into another").
 */
export async function mergeSources(actor: User, input: SourceMerge) {
  assertRole(actor, "reviewer");
  assertMayMergeSources(actor);
  const merge = parseOrRefuse(sourceMergeSchema, input);
  return getDb().transaction(async (tx) => {
    const locked = await tx
      .select()
      .from(entities)
      .where(inArray(entities.id, [merge.sourceId, merge.intoId]))
      .orderBy(asc(entities.id))
      .for("update");
    const merged = locked.find((entity) => entity.id === merge.sourceId);
    const kept = locked.find((entity) => entity.id === merge.intoId);
    if (!merged) throw new NotFoundError("source");
    if (!kept) throw new RuleViolation("sourcesPage.errors.noSuchSource", "intoId");
    refuseUnmergeable(merged, kept, merge.version);

    const moved = await moveEverything(tx, merged.id, kept.id);
    await tx
      .update(entities)
      .set({ mergedIntoId: kept.id, version: merged.version + 1 })
      .where(eq(entities.id, merged.id));
    // earlier merges into the merged source now lead straight to the kept one
    await tx
      .update(entities)
      .set({ mergedIntoId: kept.id })
      .where(eq(entities.mergedIntoId, merged.id));
    await tx
      .update(entities)
      .set({ version: kept.version + 1 })
      .where(eq(entities.id, kept.id));

    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.merge",
      entityType: "entity",
      entityId: merged.id,
      before: { name: merged.name, kind: merged.kind },
      after: {
        mergedInto: { id: kept.id, name: kept.name, kind: kept.kind },
        claims: moved.claimIds.length,
        reports: moved.reports,
        evidence: moved.evidence,
        hosts: moved.hosts,
      },
    });
    for (const claimId of moved.claimIds) {
      await recordClaimChange(tx, {
        actorId: actor.id,
        action: "claim.merge_source",
        claimId,
        before: sourceView(merged),
        after: sourceView(kept),
      });
    }
    return { kept, claims: moved.claimIds.length };
  });
}

function refuseUnmergeable(merged: Entity, kept: Entity, version: number) {
  if (merged.mergedIntoId) {
    throw new RuleViolation(
      merged.mergedIntoId === kept.id
        ? "sourcesPage.errors.alreadyMerged"
        : "sourcesPage.errors.mergedSince",
    );
  }
  if (kept.mergedIntoId === merged.id) {
    throw new RuleViolation("sourcesPage.errors.justMerged", "intoId");
  }
  if (merged.version !== version) {
    throw new VersionConflict("sourcesPage.errors.mergeChangedSince", merged, {
      name: merged.name,
    });
  }
  if (kept.mergedIntoId) {
    throw new RuleViolation("sourcesPage.errors.keptMerged", "intoId");
  }
  if (!isSourceKind(merged.kind) || !isSourceKind(kept.kind)) {
    throw new RuleViolation("sourcesPage.errors.onlySources", "intoId");
  }
}

/** Moves every link from `fromId` to `toId`; a claim linked to both keeps one link. */
async function moveEverything(tx: Transaction, fromId: number, toId: number) {
  const sourceClaims = await tx
    .delete(claimSources)
    .where(eq(claimSources.sourceId, fromId))
    .returning();
  if (sourceClaims.length) {
    await tx
      .insert(claimSources)
      .values(sourceClaims.map((row) => ({ ...row, sourceId: toId })))
      .onConflictDoNothing();
  }
  const taggedClaims = await tx
    .delete(claimEntities)
    .where(eq(claimEntities.entityId, fromId))
    .returning();
  if (taggedClaims.length) {
    await tx
      .insert(claimEntities)
      .values(taggedClaims.map((row) => ({ ...row, entityId: toId })))
      .onConflictDoNothing();
  }
  const reports = await tx
    .update(reportSources)
    .set({ sourceId: toId, version: sql`${reportSources.version} + 1` })
    .where(eq(reportSources.sourceId, fromId))
    .returning({ reportId: reportSources.reportId });
  const evidence = await tx
    .update(evidenceSources)
    .set({ sourceId: toId })
    .where(eq(evidenceSources.sourceId, fromId))
    .returning({ evidenceId: evidenceSources.evidenceId });
  const hosts = await tx
    .update(sourceHosts)
    .set({ sourceId: toId })
    .where(eq(sourceHosts.sourceId, fromId))
    .returning({ host: sourceHosts.host });
  const claimIds = [...new Set([...sourceClaims, ...taggedClaims].map((row) => row.claimId))].sort(
    (a, b) => a - b,
  );
  return {
    claimIds,
    reports: reports.length,
    evidence: evidence.length,
    hosts: hosts.map((row) => row.host).sort(),
  };
}
