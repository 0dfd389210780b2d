import "server-only";
import type { PairProposalKind, User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { hasRole } from "@/lib/auth/roles";

/**
 * Who may dismiss what the desk proposes about a pair of claims. A possible
 * contradiction is a reviewer's call, like any link between claims; whether
 * two cards are one claim decides which card carries the ratings and the
 * verdict, so possible duplicates are offered to editors. The lists offer
 * the buttons by the same rule the data layer enforces.
 */
export const dismissingRole = { contradiction: "reviewer", duplicate: "editor" } as const;

export function mayDismissProposal(actor: User, kind: PairProposalKind): boolean {
  return hasRole(actor.role, dismissingRole[kind]);
}

export function assertMayDismissProposal(actor: User, kind: PairProposalKind): void {
  if (!mayDismissProposal(actor, kind)) {
    throw new ForbiddenError(
      dismissingRole[kind],
      "Only an editor can dismiss a possible duplicate.",
    );
  }
}
