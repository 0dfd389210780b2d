import "server-only";
import type { User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { readClaimPage } from "./page-reads";

/** One claim card with what its page shows: the quote in context and the entities it names. */
export async function getClaimCard(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const found = await readClaimPage(claimId, actor.id);
  if (!found) return null;
  const { claim, verdict, evidenceChanged, report, before, after, entities } = found;
  return { claim, verdict, evidenceChanged, report, before, after, entities };
}

export type ClaimCard = NonNullable<Awaited<ReturnType<typeof getClaimCard>>>;
