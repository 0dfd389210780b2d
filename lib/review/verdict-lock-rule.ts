import "server-only";
import { ForbiddenError } from "@/lib/auth/authorization";
import type { Role } from "@/lib/auth/roles";
import type { RuleViolation } from "@/lib/errors";

/**
 * How a write on a claim refuses by the rule its panel offers the form by
 * (mayRateClaim, maySetVerdict, mayReopenVerdict), given whether a verdict
 * stands, read under the claim's lock: someone the rule refuses whether or
 * not a verdict stands lacks the role (a 403, recorded as a refusal);
 * someone it refuses only as things stand is told why in the form.
 */
export function assertVerdictLockRule(
  allows: (lockedByVerdict: boolean) => boolean,
  lockedByVerdict: boolean,
  refusals: { role: Role; now: () => RuleViolation },
): void {
  if (allows(lockedByVerdict)) return;
  if (!allows(!lockedByVerdict)) throw new ForbiddenError(refusals.role);
  throw refusals.now();
}
