import "server-only";
import { getDb } from "@/db";
import { type User } from "@/db/schema";
import { actionsInTheLastMinute } from "@/lib/audit/recent";
import { assertRole } from "@/lib/auth/authorization";
import { recordClaimChange } from "@/lib/claims/record-change";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { queueEvidenceCheck } from "./check-jobs";
import { lockSource } from "./lock-source";
import { mayCheckEvidence } from "./permissions";

/**
 * "Check now" on a source: queues a check of its page, to run at once
 * (replacing a scheduled one that is waiting), and never fetches in the
 * request. Any reviewer may ask; each person is paced by their own audited
 * requests, so nobody can make the desk hammer a site.
 */

export const CHECK_REQUESTS_PER_MINUTE = 6;

export async function requestEvidenceCheck(
  actor: User,
  evidenceId: number,
): Promise<{ claimId: number }> {
  assertRole(actor, "reviewer");
  await refuseWhenTooFrequent(actor);
  return getDb().transaction(async (tx) => {
    const source = await lockSource(tx, evidenceId);
    if (!source) throw new NotFoundError("evidence");
    if (!mayCheckEvidence(actor, source)) {
      throw new RuleViolation("evidence.errors.retractedNoCheck");
    }
    await queueEvidenceCheck(tx, evidenceId, "requested");
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "evidence.check_request",
      claimId: source.claimId,
      after: { evidenceId, source: source.title, url: source.url },
    });
    return { claimId: source.claimId };
  });
}

async function refuseWhenTooFrequent(actor: User) {
  const recent = await actionsInTheLastMinute(actor.id, ["evidence.check_request"]);
  if (recent < CHECK_REQUESTS_PER_MINUTE) return;
  throw new RuleViolation("evidence.errors.tooManyChecks", undefined, {
    count: CHECK_REQUESTS_PER_MINUTE,
  });
}
