import "server-only";
import { asc, eq, exists, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db";
import { claimEntities, entities, reports } from "@/db/schema";

/**
 * The choices a selection of claims offers (the board's filters, the export
 * form): every report, and every entity that has a claim. Callers check the
 * actor's role first.
 */
export async function readSelectionOptions() {
  const { reports, entities } = selectionOptionQueries(getDb());
  const [reportOptions, entityOptions] = await Promise.all([reports, entities]);
  return { reports: reportOptions, entities: entityOptions };
}

/** The two queries behind readSelectionOptions, unexecuted: the board reads them in one statement. */
export function selectionOptionQueries(db: Database) {
  return {
    reports: db
      .select({ id: reports.id, title: reports.title })
      .from(reports)
      .orderBy(asc(reports.title), asc(reports.id)),
    entities: db
      .select({ id: entities.id, name: entities.name, kind: entities.kind })
      .from(entities)
      .where(
        exists(
          db
            .select({ one: sql`1` })
            .from(claimEntities)
            .where(eq(claimEntities.entityId, entities.id)),
        ),
      )
      .orderBy(asc(entities.name), asc(entities.id)),
  };
}
