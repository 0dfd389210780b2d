import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { claims, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { readClaimPage } from "./page-reads";

/** One claim card with what its page shows: the quote in context and the entities it names. */
export async function getClaimCard(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const found = await readClaimPage(claimId, actor.id);
  if (!found) return null;
  const {
    claim,
    verdict,
    evidenceChanged,
    report,
    before,
    after,
    entities,
    anyResemblancesPending,
  } = found;
  return {
    claim,
    verdict,
    evidenceChanged,
    report,
    before,
    after,
    entities,
    anyResemblancesPending,
  };
}

export type ClaimCard = NonNullable<Awaited<ReturnType<typeof getClaimCard>>>;

/**
 * Whether the claim exists, for a viewer who may see claims: what the live
 * stream checks before it follows one. Not the card: that is the claim
 * page's whole read, ratings and history sources and all.
 */
export async function claimExists(actor: User, claimId: number): Promise<boolean> {
  assertRole(actor, "reviewer");
  const [found] = await getDb()
    .select({ id: claims.id })
    .from(claims)
    .where(eq(claims.id, claimId));
  return found !== undefined;
}
