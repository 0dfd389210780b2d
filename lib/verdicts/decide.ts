import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { verdicts, type User, type VerdictKind } from "@/db/schema";
import { completeAssignmentByWork } from "@/lib/assignments/finish";
import { openAssigneesOf } from "@/lib/assignments/queue";
import { lockClaim } from "@/lib/claims/lock";
import { recordClaimChange } from "@/lib/claims/record-change";
import { notifyClaimChange } from "@/lib/notifications/fan-out";
import { assertVerdictLockRule } from "@/lib/review/verdict-lock-rule";
import { RuleViolation } from "@/lib/errors";
import { findOpenVerdict } from "./open-verdict";
import { mayReopenVerdict, maySetVerdict } from "./permissions";

/**
 * An editor's decision on a claim, with the reasoning a reader of the export
 * will see. It stands (and locks the ratings) until an editor reopens it; a
 * second verdict needs the first one reopened, so no decision is overwritten.
 */
export async function setVerdict(
  actor: User,
  input: { claimId: number; verdict: VerdictKind; rationale: string },
) {
  return getDb().transaction(async (tx) => {
    await lockClaim(tx, input.claimId);
    const standing = await findOpenVerdict(tx, input.claimId);
    // by the rule the verdict panel offers its form by
    assertVerdictLockRule(
      (lockedByVerdict) => maySetVerdict(actor, { lockedByVerdict }),
      standing !== null,
      {
        role: "editor",
        now: () =>
          new RuleViolation("review.errors.verdictStands", undefined, {
            verdict: standing!.verdict,
          }),
      },
    );
    const [decided] = await tx
      .insert(verdicts)
      .values({ ...input, decidedBy: actor.id })
      .returning();
    await completeAssignmentByWork(tx, input.claimId, actor.id, "verdict");
    await notifyClaimChange(tx, {
      actorId: actor.id,
      claims: [{ claimId: input.claimId, detail: { verdict: input.verdict } }],
      kind: "watched_verdict_set",
      // the people still working on it hear that it is closed, ahead of the watchers' news
      direct: (await openAssigneesOf(tx, input.claimId)).map((recipientId) => ({
        recipientId,
        kind: "assigned_claim_locked" as const,
      })),
    });
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "verdict.set",
      claimId: input.claimId,
      after: { verdictId: decided!.id, verdict: input.verdict, rationale: input.rationale },
    });
    return decided!;
  });
}

/** Withdraws the standing verdict so reviewers can rate again; the verdict stays in history. */
export async function reopenVerdict(actor: User, input: { claimId: number; reason: string }) {
  await getDb().transaction(async (tx) => {
    await lockClaim(tx, input.claimId);
    const found = await findOpenVerdict(tx, input.claimId);
    // by the rule the verdict panel offers its form by
    assertVerdictLockRule(
      (lockedByVerdict) => mayReopenVerdict(actor, { lockedByVerdict }),
      found !== null,
      { role: "editor", now: () => new RuleViolation("review.errors.nothingToReopen") },
    );
    const standing = found!; // refused above when none stands
    await tx
      .update(verdicts)
      .set({ reopenedAt: new Date(), reopenedBy: actor.id, reopenReason: input.reason })
      .where(eq(verdicts.id, standing.id));
    await notifyClaimChange(tx, {
      actorId: actor.id,
      claims: [{ claimId: input.claimId, detail: { verdict: standing.verdict } }],
      kind: "watched_verdict_reopened",
    });
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "verdict.reopen",
      claimId: input.claimId,
      before: { verdictId: standing.id, verdict: standing.verdict, rationale: standing.rationale },
      after: { reason: input.reason },
    });
  });
}
