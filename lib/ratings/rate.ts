import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { claims, ratingReveals, ratings, verdicts, type User } from "@/db/schema";
import { autoAssignDecidingLook } from "@/lib/assignments/deciding";
import { completeAssignmentByWork } from "@/lib/assignments/finish";
import { assertRole } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { lockClaim } from "@/lib/claims/lock";
import { recordClaimChange } from "@/lib/claims/record-change";
import { notifyClaimChange } from "@/lib/notifications/fan-out";
import { refreshClaimReview } from "@/lib/review/refresh-status";
import { assertVerdictLockRule } from "@/lib/review/verdict-lock-rule";
import { mayRateClaim } from "./permissions";
import type { RatingInput } from "./rating-fields";

/**
 * Records the actor's grades for a claim: one rating per reviewer per claim,
 * a second one replaces the first (the audit trail keeps what it said). The
 * claim row is locked first, so a verdict set at the same moment either comes
 * before (and the rating is refused) or after, and two submissions by the
 * same reviewer leave one rating.
 */
export async function rateClaim(actor: User, input: RatingInput) {
  return getDb().transaction(async (tx) => {
    const { openVerdict, previous } = await lockClaimToRate(tx, input.claimId, actor.id);
    // by the rule the rating panel offers its form by
    assertVerdictLockRule(
      (lockedByVerdict) => mayRateClaim(actor, { lockedByVerdict }),
      openVerdict !== null,
      {
        role: "reviewer",
        now: () =>
          new RuleViolation("review.errors.ratingsLocked", undefined, {
            verdict: openVerdict!.verdict,
          }),
      },
    );
    const values = {
      reliability: input.reliability,
      credibility: input.credibility,
      note: input.note,
    };
    const [saved] = previous
      ? await tx
          .update(ratings)
          .set({ ...values, updatedAt: new Date() })
          .where(eq(ratings.id, previous.id))
          .returning()
      : await tx
          .insert(ratings)
          .values({ claimId: input.claimId, reviewerId: actor.id, ...values })
          .returning();
    const { verdict: status, summary } = await refreshClaimReview(tx, input.claimId);
    await completeAssignmentByWork(tx, input.claimId, actor.id, "rating");
    if (!previous) {
      // a changed grade changes no count: watchers hear of new ratings only, and never the grades
      // (the count is the claim row's, which the refresh has just made this)
      await notifyClaimChange(tx, {
        actorId: actor.id,
        claims: [{ claimId: input.claimId, detail: { ratingCount: summary.ratingCount } }],
        kind: "watched_rating",
        watchAs: "rated",
      });
    }
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: previous ? "rating.update" : "rating.create",
      claimId: input.claimId,
      before: previous ? gradesOf(previous) : null,
      after: { ...gradesOf(saved!), status: status.status },
    });
    // after the rating's event, so the History reads in the order things happened
    await autoAssignDecidingLook(tx, input.claimId);
    return { rating: saved!, status };
  });
}

/**
 * Shows the actor everyone else's ratings before they rate. Blind-first is
 * the default so early grades do not anchor later ones; choosing to look is
 * recorded, once.
 */
export async function revealRatings(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  await getDb().transaction(async (tx) => {
    await lockClaim(tx, claimId);
    const inserted = await tx
      .insert(ratingReveals)
      .values({ claimId, reviewerId: actor.id })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) return;
    // Only the revealer's own rating panel changes, but every viewer's History
    // lists the reveal, so their open pages hear of it too.
    await recordClaimChange(tx, {
      actorId: actor.id,
      action: "rating.reveal",
      claimId,
      after: { revealedBeforeRating: true },
    });
  });
}

/**
 * Locks the claim's row (as lockClaim does), then reads its standing verdict and the actor's
 * rating of it, if any, in one statement. Not in the locking statement
 * itself: a row it joins is read as of the moment it started waiting for the
 * lock, so it would miss a verdict or a rating committed meanwhile.
 */
async function lockClaimToRate(tx: Executor, claimId: number, reviewerId: string) {
  // the lock alone: the row itself is not needed, and a claim's row is wide
  const [locked] = await tx
    .select({ id: claims.id })
    .from(claims)
    .where(eq(claims.id, claimId))
    .for("update");
  if (!locked) throw new NotFoundError("claim");
  const [found] = await tx
    .select({ openVerdict: verdicts, previous: ratings })
    .from(claims)
    .leftJoin(verdicts, and(eq(verdicts.claimId, claims.id), isNull(verdicts.reopenedAt)))
    .leftJoin(ratings, and(eq(ratings.claimId, claims.id), eq(ratings.reviewerId, reviewerId)))
    .where(eq(claims.id, claimId));
  return { openVerdict: found?.openVerdict ?? null, previous: found?.previous ?? undefined };
}

function gradesOf(rating: { reliability: string; credibility: number; note: string | null }) {
  return {
    grade: `${rating.reliability}${rating.credibility}`,
    reliability: rating.reliability,
    credibility: rating.credibility,
    note: rating.note,
  };
}
