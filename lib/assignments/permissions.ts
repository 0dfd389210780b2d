import "server-only";
import type { User } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/authorization";
import { hasRole } from "@/lib/auth/roles";
import { RuleViolation } from "@/lib/errors";

/**
 * Who may hand out, take and give back the work on a claim. Editors assign,
 * unassign and reassign; anyone may take a claim nobody holds ("I'll check
 * this"); an assignment is its assignee's to release or to mark done. A claim
 * locked by a verdict has nothing left to rate, so it is neither assigned nor
 * taken, though what was assigned before may still be released or closed.
 * The claim page offers each control by these functions and the data layer
 * (./assign.ts, ./take.ts, ./finish.ts) enforces them.
 */

type ClaimState = { lockedByVerdict: boolean };
type AssignmentState = { assigneeId: string };

export function mayAssignClaim(actor: User, claim: ClaimState): boolean {
  return hasRole(actor.role, "editor") && !claim.lockedByVerdict;
}

/** `openAssignments`: how many people hold the claim now. */
export function mayTakeClaim(
  actor: User,
  claim: ClaimState & { openAssignments: number },
): boolean {
  return hasRole(actor.role, "reviewer") && !claim.lockedByVerdict && claim.openAssignments === 0;
}

export function mayReleaseAssignment(actor: User, assignment: AssignmentState): boolean {
  return assignment.assigneeId === actor.id;
}

export function mayMarkAssignmentDone(actor: User, assignment: AssignmentState): boolean {
  return assignment.assigneeId === actor.id;
}

/** Taking work from someone, or moving it to someone else, is an editor's call. */
export function mayUnassign(actor: User): boolean {
  return hasRole(actor.role, "editor");
}

export function assertMayAssignClaim(actor: User, claim: ClaimState): void {
  if (!hasRole(actor.role, "editor")) {
    throw new ForbiddenError("editor", "Only an editor can assign claims.");
  }
  if (!mayAssignClaim(actor, claim)) {
    throw new RuleViolation("assignment.errors.verdictNothingToAssign");
  }
}

export function assertMayTakeClaim(
  actor: User,
  claim: ClaimState & { openAssignments: number },
): void {
  if (mayTakeClaim(actor, claim)) return;
  if (claim.lockedByVerdict) {
    throw new RuleViolation("assignment.errors.verdictNothingToCheck");
  }
  throw new RuleViolation("assignment.errors.heldAlready");
}

export function assertMayReleaseAssignment(actor: User, assignment: AssignmentState): void {
  if (!mayReleaseAssignment(actor, assignment)) {
    throw new ForbiddenError("owner", "Only its assignee can release an assignment.");
  }
}

export function assertMayMarkAssignmentDone(actor: User, assignment: AssignmentState): void {
  if (!mayMarkAssignmentDone(actor, assignment)) {
    throw new ForbiddenError("owner", "Only its assignee can mark an assignment done.");
  }
}

export function assertMayUnassign(actor: User): void {
  if (!mayUnassign(actor)) {
    throw new ForbiddenError("editor", "Only an editor can unassign or reassign a claim.");
  }
}
