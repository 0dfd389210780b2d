import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db";
import { entities, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

/** Every entity the desk knows, for the tag form's suggestions. */
export async function listKnownEntities(actor: User) {
  assertRole(actor, "reviewer");
  return getDb()
    .select({ id: entities.id, name: entities.name, kind: entities.kind })
    .from(entities)
    .orderBy(asc(entities.name), asc(entities.id));
}
