import "server-only";
import type { User } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";

/**
 * Who may rate a claim: any reviewer, while no editor's verdict stands on it.
 * A verdict locks the ratings it rests on until an editor reopens the claim.
 * The rating panel offers the form by this rule, and rateClaim refuses by it
 * under the claim's lock, so a verdict set at the same moment wins or loses cleanly.
 */
export function mayRateClaim(actor: User, claim: { lockedByVerdict: boolean }): boolean {
  return hasRole(actor.role, "reviewer") && !claim.lockedByVerdict;
}
