import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { entities, sourceHosts, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation, VersionConflict } from "@/lib/errors";
import { parseOrRefuse } from "@/lib/evidence/fields";
import { claimEvidenceOnHosts } from "./evidence-source";
import { sourceEditSchema, type SourceEdit } from "./fields";
import { isSourceKind } from "./kinds";
import { assertMayEditSource } from "./permissions";

/**
 * An editor renames a source, changes its kind or its hosts, from the
 * version they opened: a save after a colleague's is refused, naming what
 * they saved. A host another source lists is refused on the field (one host,
 * one source: merge the two instead); a host newly listed gives the source
 * the evidence links on it that named none. One audit event on the source.
 */
export async function editSource(actor: User, input: SourceEdit) {
  assertRole(actor, "reviewer");
  assertMayEditSource(actor);
  const edit = parseOrRefuse(sourceEditSchema, input);
  return getDb().transaction(async (tx) => {
    const [source] = await tx
      .select()
      .from(entities)
      .where(eq(entities.id, edit.sourceId))
      .for("update");
    if (!source || !isSourceKind(source.kind)) throw new NotFoundError("source");
    if (source.mergedIntoId) {
      throw new RuleViolation("sourcesPage.errors.mergedSince");
    }
    const hostRows = await tx
      .select({ host: sourceHosts.host })
      .from(sourceHosts)
      .where(eq(sourceHosts.sourceId, source.id));
    const hostsBefore = hostRows.map((row) => row.host).sort();
    if (source.version !== edit.version) {
      // the kind is named by the catalogue; the hosts are web names, listed as they are
      throw new VersionConflict("sourcesPage.errors.changedSince", source, {
        name: source.name,
        kind: source.kind,
        hosts: hostsBefore.join(", "),
        hostCount: hostsBefore.length,
      });
    }

    const [namesake] = await tx
      .select({ id: entities.id })
      .from(entities)
      .where(
        and(
          ne(entities.id, source.id),
          eq(entities.kind, edit.kind),
          sql`lower(${entities.name}) = lower(${edit.name})`,
        ),
      );
    if (namesake) {
      throw new RuleViolation("sourcesPage.errors.namesake", "name", { kind: edit.kind });
    }
    const added = edit.hosts.filter((host) => !hostsBefore.includes(host));
    const removed = hostsBefore.filter((host) => !edit.hosts.includes(host));
    const taken = added.length
      ? await tx
          .select({ host: sourceHosts.host, owner: entities.name })
          .from(sourceHosts)
          .innerJoin(entities, eq(entities.id, sourceHosts.sourceId))
          .where(inArray(sourceHosts.host, added))
      : [];
    if (taken.length > 0) {
      throw new RuleViolation("sourcesPage.errors.hostTaken", "hosts", {
        host: taken[0]!.host,
        owner: taken[0]!.owner,
      });
    }

    await tx
      .update(entities)
      .set({ name: edit.name, kind: edit.kind, version: source.version + 1 })
      .where(eq(entities.id, source.id));
    if (removed.length) await tx.delete(sourceHosts).where(inArray(sourceHosts.host, removed));
    if (added.length) {
      await tx.insert(sourceHosts).values(added.map((host) => ({ host, sourceId: source.id })));
    }
    const evidenceGiven = await claimEvidenceOnHosts(tx, source.id, added);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.edit",
      entityType: "entity",
      entityId: source.id,
      before: { name: source.name, kind: source.kind, hosts: hostsBefore },
      after: { name: edit.name, kind: edit.kind, hosts: edit.hosts, evidenceGiven },
    });
    return { evidenceGiven };
  });
}
