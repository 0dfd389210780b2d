import "server-only";
import type { User, Verdict } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";
import { RuleViolation } from "@/lib/errors";

/**
 * Who may rate a claim: any reviewer, while no editor's verdict stands on it.
 * A verdict locks the ratings it rests on until an editor reopens the claim.
 * The rating panel offers the form by this rule; rateClaim enforces it under
 * the claim's lock, so a verdict set at the same moment wins or loses cleanly.
 */
export function mayRateClaim(actor: User, claim: { lockedByVerdict: boolean }): boolean {
  return hasRole(actor.role, "reviewer") && !claim.lockedByVerdict;
}

/** Refuses a rating while `standing` (the claim's verdict, if any) locks the ratings. */
export function assertRatingsOpen(standing: Pick<Verdict, "verdict"> | null): void {
  if (standing) {
    throw new RuleViolation("review.errors.ratingsLocked", undefined, {
      verdict: standing.verdict,
    });
  }
}
