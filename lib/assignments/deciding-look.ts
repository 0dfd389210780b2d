/**
 * A second look where the grades split: the desk's one rule for when a claim
 * needs a deciding reviewer and whom to propose. Pure, so the card, the
 * rating's transaction (AUTO_ASSIGN_DECIDING) and the tests share it.
 *
 * A claim needs a deciding look when it has reached the quorum and its
 * ratings are spread (the status rule's measure: quartiles more than
 * DISPUTED_SPREAD grades apart on either scale), no verdict stands, and no
 * deciding look has been assigned yet (one that was done counts: a second
 * split after it is the editor's to settle, not another reviewer's).
 *
 * The proposal is someone who has not seen the grades anchor them: an
 * account that may be assigned (active, a reviewer or an editor), not the
 * card's author, who has not rated it and does not hold it already, with the
 * lightest open queue; ties go to the name, then the id, so every instance
 * proposes the same person.
 *
 * Blind-first: nothing here names a grade. "The grades are far apart" is what
 * the status's reasons already tell a reader who has not rated (status.ts,
 * blind), so the card may say it to everyone.
 */
import type { ReliabilityGrade } from "@/db/schema/enums";
import { isAssignable } from "./assignable";
import { computeConsensus, DISPUTED_SPREAD } from "@/lib/review/status";

export type DecidingLookInput = {
  ratings: ReadonlyArray<{ reliability: ReliabilityGrade; credibility: number }>;
  quorum: number;
  lockedByVerdict: boolean;
  /** a deciding look was assigned and not ended (open, or done) */
  hasDecidingAssignment: boolean;
};

export type DecidingCandidate = {
  id: string;
  name: string;
  active: boolean;
  role: "reviewer" | "editor" | "admin";
  /** open assignments across the desk */
  openAssignments: number;
};

export type ClaimPeople = {
  authorId: string | null;
  raterIds: readonly string[];
  /** people with an open assignment on the claim */
  holderIds: readonly string[];
};

/** Quorum met and the grades far apart on either scale. */
export function gradesSplit(ratings: DecidingLookInput["ratings"], quorum: number): boolean {
  if (ratings.length < quorum || ratings.length === 0) return false;
  const consensus = computeConsensus(ratings);
  return (
    consensus.reliabilitySpread > DISPUTED_SPREAD || consensus.credibilitySpread > DISPUTED_SPREAD
  );
}

export function needsDecidingLook(input: DecidingLookInput): boolean {
  return (
    !input.lockedByVerdict &&
    !input.hasDecidingAssignment &&
    gradesSplit(input.ratings, input.quorum)
  );
}

/** Whom to propose, or null when nobody qualifies. */
export function proposeDecidingReviewer(
  people: readonly DecidingCandidate[],
  claim: ClaimPeople,
): DecidingCandidate | null {
  const excluded = new Set([...claim.raterIds, ...claim.holderIds]);
  if (claim.authorId) excluded.add(claim.authorId);
  const eligible = people.filter((person) => isAssignable(person) && !excluded.has(person.id));
  eligible.sort(
    (a, b) =>
      a.openAssignments - b.openAssignments ||
      a.name.localeCompare(b.name, "en") ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return eligible[0] ?? null;
}
