import "server-only";
import { asc, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { claimSources, entities } from "@/db/schema";

/**
 * The sources one claim rests on, by name, read once per render (React's
 * cache): its page lists them, leaves them out of the suggestions, and shows
 * their records beside the rating form. Callers check the actor's role.
 */
export const readClaimSourceList = cache(async (claimId: number) =>
  getDb()
    .select({ id: entities.id, name: entities.name, kind: entities.kind })
    .from(claimSources)
    .innerJoin(entities, eq(entities.id, claimSources.sourceId))
    .where(eq(claimSources.claimId, claimId))
    .orderBy(asc(entities.name), asc(entities.id)),
);
