import "server-only";
import { asc, isNull, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { entities, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { isDeskSource } from "@/lib/sources/desk-sources";

/**
 * Every entity the desk knows that no merge retired, and whether it counts as
 * one of the desk's sources, read once per render (React's cache): a claim's
 * page suggests from it in the tag form and, the sources alone, in the source
 * form. Callers check the actor's role.
 */
export const readKnownEntities = cache(async () =>
  getDb()
    .select({
      id: entities.id,
      name: entities.name,
      kind: entities.kind,
      isSource: sql<boolean>`${isDeskSource}`,
    })
    .from(entities)
    .where(isNull(entities.mergedIntoId))
    .orderBy(asc(entities.name), asc(entities.id)),
);

/** Every entity the desk knows, for the tag form's suggestions; a merged name leads nowhere new. */
export async function listKnownEntities(actor: User) {
  assertRole(actor, "reviewer");
  return (await readKnownEntities()).map(({ id, name, kind }) => ({ id, name, kind }));
}
