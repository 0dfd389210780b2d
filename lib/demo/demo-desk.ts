import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { demoAccountEmails } from "./accounts";

/**
 * Whether this desk still holds the demo accounts, so the header can say
 * that its grades and verdicts are the demo seed's. Production never has
 * them (scripts/lib/prepare-database.ts loads the demo only in demo mode).
 *
 * Every page of the desk asks, and the answer changes only when the demo is
 * loaded or reset: the process asks the database (one probe of the unique
 * index on lower(email)) at most once a minute, not once per page.
 */
export async function isDemoDesk(actor: User): Promise<boolean> {
  assertRole(actor, "reviewer");
  if (Date.now() < probed.until) return probed.answer;
  const found = await getDb()
    .select({ one: sql`1` })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, [...demoAccountEmails]))
    .limit(1);
  probed = { answer: found.length > 0, until: Date.now() + ASK_AGAIN_AFTER_MS };
  return probed.answer;
}

const ASK_AGAIN_AFTER_MS = 60_000;
let probed = { answer: false, until: 0 };
