import "server-only";
import type { User } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";

/**
 * Who may decide a claim. Editors set a verdict when none stands, and reopen
 * the standing one (saying why) before a second can be set, so no decision
 * is overwritten. The verdict panel offers each form by these rules; setVerdict
 * and reopenVerdict refuse by the same rules under the claim's lock.
 */
export function maySetVerdict(actor: User, claim: { lockedByVerdict: boolean }): boolean {
  return hasRole(actor.role, "editor") && !claim.lockedByVerdict;
}

export function mayReopenVerdict(actor: User, claim: { lockedByVerdict: boolean }): boolean {
  return hasRole(actor.role, "editor") && claim.lockedByVerdict;
}
