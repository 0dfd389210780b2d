import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { entities, reportSources, reports, users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import { ENTITY_NAME_MAX_LENGTH } from "@/lib/entities/kinds";
import { NotFoundError, VersionConflict } from "@/lib/errors";
import { parseOrRefuse } from "@/lib/evidence/fields";
import { findOrCreateSource } from "./desk-sources";
import { reportSourceSchema, type ReportSourceInput } from "./fields";
import { assertMaySetReportSource, maySetReportSource } from "./permissions";

/**
 * The outlet a report was published by, as a source of the desk: named at
 * import from the outlet typed (nameReportOutlet), changed later by the
 * importer or an editor from the version they saw (0: none yet).
 */
export async function setReportSource(actor: User, input: ReportSourceInput) {
  assertRole(actor, "reviewer");
  const { reportId, version, name, kind } = parseOrRefuse(reportSourceSchema, input);
  return getDb().transaction(async (tx) => {
    const [report] = await tx
      .select({ id: reports.id, importedBy: reports.importedBy })
      .from(reports)
      .where(eq(reports.id, reportId))
      .for("no key update");
    if (!report) throw new NotFoundError("report");
    assertMaySetReportSource(actor, report);
    const [current] = await tx
      .select({
        sourceId: reportSources.sourceId,
        version: reportSources.version,
        name: entities.name,
        setBy: users.displayName,
      })
      .from(reportSources)
      .innerJoin(entities, eq(entities.id, reportSources.sourceId))
      .leftJoin(users, eq(users.id, reportSources.setBy))
      .where(eq(reportSources.reportId, reportId));
    if ((current?.version ?? 0) !== version) {
      throw new VersionConflict("sourcesPage.errors.outletChangedSince", current, {
        who: current?.setBy ? "named" : "someone",
        person: current?.setBy ?? "",
        outlet: current ? "named" : "none",
        name: current?.name ?? "",
      });
    }
    const source = await findOrCreateSource(tx, actor.id, name, kind);
    if (current?.sourceId === source.id) return { source, changed: false };
    await tx
      .insert(reportSources)
      .values({ reportId, sourceId: source.id, setBy: actor.id })
      .onConflictDoUpdate({
        target: reportSources.reportId,
        set: { sourceId: source.id, version: version + 1, setBy: actor.id, setAt: new Date() },
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.set_source",
      entityType: "report",
      entityId: reportId,
      before: current ? { sourceId: current.sourceId, source: current.name } : null,
      after: { sourceId: source.id, source: source.name },
    });
    return { source, changed: true };
  });
}

/**
 * At import: the outlet typed becomes the report's source, the desk's
 * outlet of that name or a new one, in the import's transaction. An outlet
 * typed longer than a source's name may be is left as text alone.
 */
export async function nameReportOutlet(
  tx: Transaction,
  actorId: string | null,
  reportId: number,
  outlet: string,
) {
  const name = outlet.replace(/\s+/g, " ").trim();
  if (name === "" || name.length > ENTITY_NAME_MAX_LENGTH) return null;
  const source = await findOrCreateSource(tx, actorId, name, "outlet");
  await tx.insert(reportSources).values({ reportId, sourceId: source.id, setBy: actorId });
  return source;
}

/** A report's outlet as its page shows it, and whether `actor` may change it. */
export async function getReportOutlet(actor: User, reportId: number) {
  assertRole(actor, "reviewer");
  const [found] = await getDb()
    .select({
      importedBy: reports.importedBy,
      outlet: reports.outlet,
      sourceId: reportSources.sourceId,
      name: entities.name,
      kind: entities.kind,
      version: reportSources.version,
    })
    .from(reports)
    .leftJoin(reportSources, eq(reportSources.reportId, reports.id))
    .leftJoin(entities, eq(entities.id, reportSources.sourceId))
    .where(eq(reports.id, reportId));
  if (!found) return null;
  return {
    source:
      found.sourceId !== null ? { id: found.sourceId, name: found.name!, kind: found.kind! } : null,
    version: found.version ?? 0,
    outletTyped: found.outlet,
    mayChange: maySetReportSource(actor, found),
  };
}
