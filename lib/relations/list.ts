import "server-only";
import type { User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { readClaimPage } from "@/lib/claims/page-reads";
import { mayRemoveRelation } from "./permissions";

/**
 * The claims linked to `claimId`, whichever end of the link it is, with the
 * note, who linked them and whether `actor` may remove the link; none when
 * there is no such claim. They come with the claim page's own read
 * (lib/claims/page-reads.ts), which brings them in its one statement.
 */
export async function listClaimRelations(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const page = await readClaimPage(claimId, actor.id);
  // who made a link leaves with the answer as their name only, and the right to remove it
  return (page?.relations ?? []).map(({ createdBy, ...row }) => ({
    ...row,
    canRemove: mayRemoveRelation(actor, { createdBy }),
  }));
}

export type ClaimRelationListing = Awaited<ReturnType<typeof listClaimRelations>>[number];
