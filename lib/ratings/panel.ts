import "server-only";
import type { User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { readClaimPage } from "@/lib/claims/page-reads";
import { NotFoundError } from "@/lib/errors";
import { reliabilityGrades, credibilityGrades } from "@/lib/review/grades";
import { computeStatus } from "@/lib/review/status";
import { readClaimSourceRecords } from "@/lib/sources/record";
import { mayRateClaim } from "./permissions";

/**
 * What the rating panel of a card shows this actor. Other reviewers' grades
 * (the distribution, consensus and the list) are withheld until the actor has
 * rated or chosen to reveal them; only their number is shown before that.
 */
export async function getRatingPanel(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const [page, sourceRecords] = await Promise.all([
    readClaimPage(claimId, actor.id),
    // never this claim's own ratings: blind-first holds (lib/sources/record.ts)
    readClaimSourceRecords(actor, claimId),
  ]);
  if (!page) throw new NotFoundError("claim");
  const { ratings: all, statusInput, verdict } = page;
  const revealed = page.viewerRevealed;
  const mine = all.find((rating) => rating.reviewerId === actor.id) ?? null;
  const canSeeOthers = mine !== null || revealed;
  const status = computeStatus(statusInput, { blind: !canSeeOthers });
  return {
    mine,
    count: all.length,
    quorum: statusInput.quorum,
    locked: verdict !== null,
    mayRate: mayRateClaim(actor, { lockedByVerdict: verdict !== null }),
    /** the editor's standing verdict, which the desk shows over the computed status */
    verdict,
    revealedBeforeRating: revealed && mine === null,
    status,
    /** the record of each source the claim rests on, elsewhere on the desk */
    sourceRecords,
    others: canSeeOthers
      ? {
          ratings: all,
          reliability: reliabilityGrades.map((grade) => ({
            grade,
            count: all.filter((r) => r.reliability === grade).length,
          })),
          credibility: credibilityGrades.map((grade) => ({
            grade,
            count: all.filter((r) => r.credibility === grade).length,
          })),
        }
      : null,
  };
}

export type RatingPanel = Awaited<ReturnType<typeof getRatingPanel>>;
