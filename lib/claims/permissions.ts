import "server-only";
import type { Claim, User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { isAuthorOrEditor } from "@/lib/auth/roles";

/**
 * Who may reword a card. Ratings were given to its wording, so only the
 * card's author or an editor may change it; the claim page offers the edit
 * form by the same rule, so it never shows a form the server would refuse.
 */
export function mayEditClaim(actor: User, claim: Pick<Claim, "createdBy">): boolean {
  return isAuthorOrEditor(actor, claim.createdBy);
}

export function assertMayEditClaim(actor: User, claim: Pick<Claim, "createdBy">): void {
  if (!mayEditClaim(actor, claim)) {
    throw new ForbiddenError("editor", "Only the card's author or an editor can edit it.");
  }
}
