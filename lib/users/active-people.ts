import "server-only";
import { asc, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { users } from "@/db/schema";

/**
 * The desk's active accounts by name, read once per render (React's cache):
 * a claim page lists them twice, for the comment box's mentions and for the
 * assign forms. Callers check the actor's role before they ask.
 */
export const readActivePeople = cache(async () =>
  getDb()
    .select({ id: users.id, displayName: users.displayName, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.displayName), asc(users.id)),
);
