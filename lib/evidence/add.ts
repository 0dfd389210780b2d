import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { claims, evidence, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { recordClaimChange } from "@/lib/claims/record-change";
import { notifyClaimChange } from "@/lib/notifications/fan-out";
import { NotFoundError } from "@/lib/errors";
import { refreshClaimStatus } from "@/lib/review/refresh-status";
import { nameEvidenceSource } from "@/lib/sources/evidence-source";
import { evidenceFieldsSchema, parseOrRefuse, type EvidenceFields } from "./fields";
import { queueEvidenceCheck } from "./check-jobs";
import { refuseLiveCopy } from "./live-copy";

/**
 * Links a source to a claim. Any reviewer may, whether or not an editor's
 * verdict is open: a verdict locks ratings, not the record of sources. The
 * claim's row is locked first so that concurrent changes to its evidence
 * recompute its status one after the other, each seeing the last, and so
 * that a link already live on the card is refused even when two people add
 * it at once (see refuseLiveCopy). The page's first capture is queued in the
 * same transaction (lib/evidence/check-page.ts runs it in the background).
 */
export async function addEvidence(
  actor: User,
  claimId: number,
  fields: EvidenceFields,
): Promise<{ evidenceId: number }> {
  assertRole(actor, "reviewer");
  const input = parseOrRefuse(evidenceFieldsSchema, fields);
  return getDb().transaction(async (tx) => {
    const [claim] = await tx
      .select({ id: claims.id, status: claims.status })
      .from(claims)
      .where(eq(claims.id, claimId))
      .for("no key update");
    if (!claim) throw new NotFoundError("claim");
    await refuseLiveCopy(tx, actor, claimId, input.url);

    const [added] = await tx
      .insert(evidence)
      .values({ claimId, ...input, addedBy: actor.id })
      .returning({ id: evidence.id });
    // the outlet its address is on, when the desk lists the host (lib/sources)
    const source = await nameEvidenceSource(tx, added!.id, input);
    const verdict = await refreshClaimStatus(tx, claimId);
    await queueEvidenceCheck(tx, added!.id, "added");
    await notifyClaimChange(tx, {
      actorId: actor.id,
      claims: [{ claimId, detail: { evidenceId: added!.id } }],
      kind: input.stance === "contradicts" ? "watched_contradiction" : "watched_evidence",
    });
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "evidence.add",
      claimId: claimId,
      before: { status: claim.status },
      after: {
        evidenceId: added!.id,
        ...input,
        ...(source && { source: source.name }),
        status: verdict.status,
      },
    });
    return { evidenceId: added!.id };
  });
}
