import "server-only";
import { asc, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { entities, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

/** Every entity the desk knows, for the tag form's suggestions; a merged name leads nowhere new. */
export async function listKnownEntities(actor: User) {
  assertRole(actor, "reviewer");
  return getDb()
    .select({ id: entities.id, name: entities.name, kind: entities.kind })
    .from(entities)
    .where(isNull(entities.mergedIntoId))
    .orderBy(asc(entities.name), asc(entities.id));
}
