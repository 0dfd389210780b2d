import "server-only";
import type { User, Verdict } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";
import { RuleViolation } from "@/lib/errors";

/**
 * Who may decide a claim. Editors set a verdict when none stands, and reopen
 * the standing one (saying why) before a second can be set, so no decision
 * is overwritten. The verdict panel offers each form by these rules; setVerdict
 * and reopenVerdict check them again under the claim's lock.
 */
export function maySetVerdict(actor: User, claim: { lockedByVerdict: boolean }): boolean {
  return hasRole(actor.role, "editor") && !claim.lockedByVerdict;
}

export function mayReopenVerdict(actor: User, claim: { lockedByVerdict: boolean }): boolean {
  return hasRole(actor.role, "editor") && claim.lockedByVerdict;
}

/** Refuses a new verdict while `standing` (the claim's verdict, if any) stands. */
export function assertNoStandingVerdict(standing: Pick<Verdict, "verdict"> | null): void {
  if (standing) {
    throw new RuleViolation("review.errors.verdictStands", undefined, {
      verdict: standing.verdict,
    });
  }
}
