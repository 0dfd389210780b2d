import "server-only";
import { asc, eq, exists, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { claimEntities, entities, reports, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

/** What the export page's selection offers: every report, and every entity that has a claim. */
export async function listExportChoices(actor: User) {
  assertRole(actor, "editor");
  const db = getDb();
  const [reportChoices, entityChoices] = await Promise.all([
    db
      .select({ id: reports.id, title: reports.title })
      .from(reports)
      .orderBy(asc(reports.title), asc(reports.id)),
    db
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
  ]);
  return { reports: reportChoices, entities: entityChoices };
}

export type ExportChoices = Awaited<ReturnType<typeof listExportChoices>>;
