import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { claims, evidence, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { recordClaimChange } from "@/lib/claims/record-change";
import { NotFoundError, RuleViolation, VersionConflict } from "@/lib/errors";
import { refreshClaimStatus } from "@/lib/review/refresh-status";
import { parseOrRefuse, retractionReasonSchema } from "./fields";
import { assertMayRetractEvidence } from "./permissions";

export type Retraction = {
  evidenceId: number;
  /** the version the reviewer saw when they chose to retract */
  version: number;
  reason: string;
};

/**
 * Retracts an evidence link: it stays on the card, struck through with the
 * reason, and stops counting towards the claim's status. Only the reviewer
 * who added it, or an editor or admin, may; evidence ids are guessable, so
 * the check is here and not only in the page that shows the button.
 */
export async function retractEvidence(
  actor: User,
  retraction: Retraction,
): Promise<{ claimId: number }> {
  assertRole(actor, "reviewer");
  const reason = parseOrRefuse(retractionReasonSchema, retraction.reason, "reason");
  return getDb().transaction(async (tx) => {
    const [found] = await tx
      .select({ claimId: evidence.claimId })
      .from(evidence)
      .where(eq(evidence.id, retraction.evidenceId));
    if (!found) throw new NotFoundError("evidence");
    // the claim first, as every evidence write does, then the evidence row itself
    const [claim] = await tx
      .select({ status: claims.status })
      .from(claims)
      .where(eq(claims.id, found.claimId))
      .for("no key update");
    const [current] = await tx
      .select()
      .from(evidence)
      .where(eq(evidence.id, retraction.evidenceId))
      .for("update");
    if (!current || !claim) throw new NotFoundError("evidence");

    assertMayRetractEvidence(actor, current);
    if (current.version !== retraction.version) {
      const by = current.retractedBy ? await displayNameOf(tx, current.retractedBy) : null;
      throw new VersionConflict("evidence.errors.changedSince", current, {
        who: by === null ? "someone" : "named",
        name: by ?? "",
        retracted: current.retractedAt ? "yes" : "no",
      });
    }
    if (current.retractedAt) throw new RuleViolation("evidence.errors.alreadyRetracted");

    const [retracted] = await tx
      .update(evidence)
      .set({
        retractedAt: new Date(),
        retractedBy: actor.id,
        retractionReason: reason,
        version: current.version + 1,
      })
      .where(and(eq(evidence.id, current.id), eq(evidence.version, current.version)))
      .returning();
    const verdict = await refreshClaimStatus(tx, current.claimId);
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "evidence.retract",
      claimId: current.claimId,
      before: {
        evidenceId: current.id,
        url: current.url,
        title: current.title,
        stance: current.stance,
        retracted: false,
        version: current.version,
        status: claim.status,
      },
      after: {
        evidenceId: current.id,
        retracted: true,
        reason,
        version: retracted!.version,
        status: verdict.status,
      },
    });
    return { claimId: current.claimId };
  });
}

async function displayNameOf(tx: Executor, userId: string) {
  const [user] = await tx
    .select({ displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  return user?.displayName ?? "someone";
}
