import "server-only";
import { getDb } from "@/db";
import { claimPairDismissals, type PairProposalKind, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { recordClaimChange } from "@/lib/claims/record-change";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { lockClaims } from "@/lib/relations/link";
import { assertMayDismissProposal } from "./permissions";

export type PairDismissal = {
  kind: PairProposalKind;
  claimId: number;
  otherClaimId: number;
  /** what the proposal showed ("April 2025 / April 2024"), kept with the dismissal */
  shown: string;
};

/**
 * "Not the same claim", "no contradiction": the desk stops proposing the pair
 * for that kind, for everyone, and both cards' histories say who dismissed
 * it and what the proposal showed. Dismissing a pair already dismissed
 * changes nothing and records nothing. Both claims are locked first, as
 * linking them does, so a dismissal and a link of the pair never interleave.
 */
export async function dismissPairProposal(actor: User, dismissal: PairDismissal) {
  assertRole(actor, "reviewer");
  assertMayDismissProposal(actor, dismissal.kind);
  if (dismissal.claimId === dismissal.otherClaimId) {
    throw new RuleViolation("relations.errors.pairWithItself");
  }
  const [low, high] = [dismissal.claimId, dismissal.otherClaimId].sort((a, b) => a - b) as [
    number,
    number,
  ];
  await getDb().transaction(async (tx) => {
    const locked = await lockClaims(tx, [low, high]);
    if (locked.length < 2) throw new NotFoundError("eitherClaim");
    const inserted = await tx
      .insert(claimPairDismissals)
      .values({
        claimId: low,
        otherClaimId: high,
        kind: dismissal.kind,
        dismissedBy: actor.id,
        shown: dismissal.shown,
      })
      .onConflictDoNothing()
      .returning({ claimId: claimPairDismissals.claimId });
    if (inserted.length === 0) return;
    for (const [claimId, otherClaimId] of [
      [low, high],
      [high, low],
    ] as const) {
      await recordClaimChange(tx, {
        actorId: actor.id,
        action: dismissal.kind === "duplicate" ? "duplicate.dismiss" : "contradiction.dismiss",
        claimId,
        after: { otherClaimId, shown: dismissal.shown },
      });
    }
  });
}
