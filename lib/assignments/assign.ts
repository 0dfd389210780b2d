import "server-only";
import { getDb } from "@/db";
import type { ClaimAssignment, User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { todayUtc } from "./due";
import { MAX_CLAIMS_PER_ASSIGNMENT } from "./limits";
import { assertMayAssignClaim } from "./permissions";
import { assignablePeople, lockClaims, writeAssignments } from "./record";

export { MAX_CLAIMS_PER_ASSIGNMENT };

export type AssignInput = {
  claimIds: readonly number[];
  assigneeIds: readonly string[];
  /** YYYY-MM-DD, UTC; null for no date */
  dueOn: string | null;
  note: string | null;
};

export type AssignResult = {
  /** assignments written */
  written: ClaimAssignment[];
  /** claims passed over because a verdict stands on them */
  lockedClaims: number[];
  /** claims on which everyone named held an assignment already */
  unchangedClaims: number[];
};

/**
 * An editor assigns claims (one, the board's selection, or every claim a
 * filter matches) to one or more people, with an optional due date and note:
 * one transaction, one audit event per claim, one notification per person
 * and claim. A claim with a standing verdict is refused when it is the only
 * one and passed over in a selection (the answer says how many).
 */
export async function assignClaims(actor: User, input: AssignInput): Promise<AssignResult> {
  assertRole(actor, "editor");
  const claimIds = [...new Set(input.claimIds)];
  if (claimIds.length === 0) throw new RuleViolation("assignment.errors.chooseOneClaim");
  if (claimIds.length > MAX_CLAIMS_PER_ASSIGNMENT) {
    throw new RuleViolation("assignment.errors.tooManyClaims", undefined, {
      count: claimIds.length,
      maximum: MAX_CLAIMS_PER_ASSIGNMENT,
    });
  }
  if (input.dueOn !== null && input.dueOn < todayUtc()) {
    throw new RuleViolation("assignment.errors.duePassed", "dueOn");
  }
  return getDb().transaction(async (tx) => {
    const claims = await lockClaims(tx, claimIds);
    if (claims.length !== claimIds.length) throw new NotFoundError("chosenClaim");
    if (claims.length === 1) assertMayAssignClaim(actor, claims[0]!);
    const people = await assignablePeople(tx, input.assigneeIds);
    const open = claims.filter((claim) => !claim.lockedByVerdict);
    const written = await writeAssignments(
      tx,
      actor.id,
      open.flatMap((claim) =>
        people.map((assignee) => ({
          claimId: claim.id,
          assignee,
          dueOn: input.dueOn,
          note: input.note,
        })),
      ),
      "assignment.create",
    );
    const changed = new Set(written.map((row) => row.claimId));
    return {
      written,
      lockedClaims: claims.filter((claim) => claim.lockedByVerdict).map((claim) => claim.id),
      unchangedClaims: open.filter((claim) => !changed.has(claim.id)).map((claim) => claim.id),
    };
  });
}
