import "server-only";
import type { ClaimRelation, User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { isAuthorOrEditor } from "@/lib/auth/roles";

/**
 * Who may remove a link between two claims: the reviewer who made it, or an
 * editor. Relation ids are guessable, so the data layer checks this; the
 * related-claims list offers "Remove" by the same rule.
 */
export function mayRemoveRelation(
  actor: User,
  relation: Pick<ClaimRelation, "createdBy">,
): boolean {
  return isAuthorOrEditor(actor, relation.createdBy);
}

export function assertMayRemoveRelation(
  actor: User,
  relation: Pick<ClaimRelation, "createdBy">,
): void {
  if (!mayRemoveRelation(actor, relation)) {
    throw new ForbiddenError(
      "owner",
      "Only the reviewer who linked these claims, or an editor, may remove the link.",
    );
  }
}
