import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { ratingReveals, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { reliabilityGrades, credibilityGrades } from "@/lib/review/grades";
import { readStatusInput } from "@/lib/review/refresh-status";
import { computeStatus } from "@/lib/review/status";
import { readClaimSourceRecords } from "@/lib/sources/record";
import { readStandingVerdict } from "@/lib/verdicts/verdict-list";
import { readClaimRatings } from "./claim-ratings";
import { mayRateClaim } from "./permissions";

/**
 * What the rating panel of a card shows this actor. Other reviewers' grades
 * (the distribution, consensus and the list) are withheld until the actor has
 * rated or chosen to reveal them; only their number is shown before that.
 */
export async function getRatingPanel(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const [all, [reveal], verdict, statusInput, sourceRecords] = await Promise.all([
    readClaimRatings(claimId),
    db
      .select({ at: ratingReveals.revealedAt })
      .from(ratingReveals)
      .where(and(eq(ratingReveals.claimId, claimId), eq(ratingReveals.reviewerId, actor.id))),
    readStandingVerdict(claimId),
    readStatusInput(db, claimId),
    // never this claim's own ratings: blind-first holds (lib/sources/record.ts)
    readClaimSourceRecords(actor, claimId),
  ]);
  const mine = all.find((rating) => rating.reviewerId === actor.id) ?? null;
  const canSeeOthers = mine !== null || reveal !== undefined;
  const status = computeStatus(statusInput, { blind: !canSeeOthers });
  return {
    mine,
    count: all.length,
    quorum: statusInput.quorum,
    locked: verdict !== null,
    mayRate: mayRateClaim(actor, { lockedByVerdict: verdict !== null }),
    /** the editor's standing verdict, which the desk shows over the computed status */
    verdict: verdict?.verdict ?? null,
    revealedBeforeRating: reveal !== undefined && mine === null,
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
