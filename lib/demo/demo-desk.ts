import "server-only";
import { inArray, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { demoAccountEmails } from "./accounts";

/**
 * Whether this desk still holds the demo accounts, so the header can say
 * that its grades and verdicts are the demo seed's. Production never has
 * them (scripts/lib/prepare-database.ts loads the demo only in demo mode).
 *
 * It runs for every page of the desk, so it is one probe of the unique index
 * on lower(email) and stops at the first match, once per request (React's
 * cache); README.md gives what it costs.
 */
export const isDemoDesk = cache(async (actor: User): Promise<boolean> => {
  assertRole(actor, "reviewer");
  const found = await getDb()
    .select({ one: sql`1` })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, [...demoAccountEmails]))
    .limit(1);
  return found.length > 0;
});
