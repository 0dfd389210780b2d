import "server-only";
import { and, desc, eq, exists, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { Transaction } from "@/db";
import { claimSources, entities, reportSources, sourceHosts, type Entity } from "@/db/schema";
import { findOrCreateEntity, lockEntity } from "@/lib/entities/find-or-create";
import { sourceKinds, type SourceKind } from "./kinds";

const subquery = new QueryBuilder();

/**
 * "The desk's sources", said once: entities not merged away, of a source
 * kind, that are outlets or documents or that something rests on (a claim, a
 * report) or that publish on a listed host. A person or organisation only
 * tagged is not one until someone names it as a source; so the sources list,
 * the board's Source menu and the suggestions are not every name the desk
 * has ever tagged.
 */
export const isDeskSource: SQL = and(
  isNull(entities.mergedIntoId),
  inArray(entities.kind, [...sourceKinds]),
  or(
    inArray(entities.kind, ["outlet", "document"]),
    exists(
      subquery
        .select({ one: sql`1` })
        .from(claimSources)
        .where(eq(claimSources.sourceId, entities.id)),
    ),
    exists(
      subquery
        .select({ one: sql`1` })
        .from(reportSources)
        .where(eq(reportSources.sourceId, entities.id)),
    ),
    exists(
      subquery
        .select({ one: sql`1` })
        .from(sourceHosts)
        .where(eq(sourceHosts.sourceId, entities.id)),
    ),
  ),
)!;

/**
 * The source a person names, locked against a merge (lockEntity): the entity
 * of a source kind with that name whatever its case, preferring the kind
 * chosen ("Nezavisimaya Gazeta" is the outlet the desk knows even when named
 * as an organisation), or a new one of the chosen kind. A country or place
 * of that name is left alone: it is what claims are about, not a source.
 */
export async function findOrCreateSource(
  tx: Transaction,
  actorId: string | null,
  name: string,
  kind: SourceKind,
): Promise<Entity> {
  const [known] = await tx
    .select({ id: entities.id })
    .from(entities)
    .where(
      and(inArray(entities.kind, [...sourceKinds]), sql`lower(${entities.name}) = lower(${name})`),
    )
    .orderBy(desc(eq(entities.kind, kind)), desc(isNull(entities.mergedIntoId)), entities.id)
    .limit(1);
  if (known) {
    const locked = await lockEntity(tx, known.id);
    if (locked) return locked;
  }
  return findOrCreateEntity(tx, actorId, name, kind);
}

/** A source as audit events record it and the card's history reads it: "source: Politico". */
export const sourceView = (source: Pick<Entity, "id" | "name" | "kind">) => ({
  entityId: source.id,
  source: source.name,
  kind: source.kind,
});
