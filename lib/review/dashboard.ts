/**
 * The desk dashboard: claims by status, the claims still waiting for the
 * actor's rating, how far reviewers agree (Krippendorff's alpha, ordinal,
 * for each grade), overall and with each reviewer left out in turn, and each
 * reviewer's letters against the verdicts their claims received.
 *
 * Agreement reads every rating in one query (a row per reviewer, see
 * ratingsByReviewer) and computes in memory: the coincidence matrix and all
 * the leave-one-out variants take one pass over the ratings and one more
 * over each reviewer's own (lib/review/agreement.ts), so time grows linearly
 * with the ratings; dashboard.integration.test.ts prints the timing, and
 * notes it at the 200,000-rating benchmark.
 */
import "server-only";
import { asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { getReadDb } from "@/db/replica";
import {
  claimStatus,
  claims,
  ratings,
  users,
  type ClaimStatus,
  type ReliabilityGrade,
  type User,
} from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { awaitingRatingBy } from "@/lib/claims/selection";
import { krippendorffAlphaByCoder } from "./agreement";
import { readCalibration, type ReviewerCalibration } from "./calibration";
import { credibilityRank, reliabilityRank } from "./grades";

/** How many of the claims waiting for the actor's rating the dashboard lists. */
export const NEEDS_RATING_LIST_SIZE = 10;

export type StatusCount = { status: ClaimStatus; count: number };

export type ClaimAwaitingRating = {
  id: number;
  statement: string;
  status: ClaimStatus;
  ratingCount: number;
};

export type ReviewerAgreement = {
  reviewerId: string;
  displayName: string;
  active: boolean;
  /** every rating this reviewer has given */
  ratings: number;
  /** of those, the ones judged on this grade (not F or 6), which enter alpha */
  judged: number;
  /** alpha over everyone else's ratings */
  alphaWithout: number | null;
  /** alphaWithout − alpha: above 0, the desk agrees more without this reviewer */
  change: number | null;
};

export type GradeAgreement = {
  alpha: number | null;
  /** claims with at least two judged ratings, and the judged ratings on them */
  claims: number;
  judgedRatings: number;
  /** everyone who has rated, by name */
  reviewers: ReviewerAgreement[];
};

export type DeskDashboard = {
  statusCounts: StatusCount[];
  totalClaims: number;
  needsMyRating: { count: number; claims: ClaimAwaitingRating[] };
  agreement: { reliability: GradeAgreement; credibility: GradeAgreement };
  /** each reviewer's letters against the verdicts their claims received (./calibration.ts) */
  calibration: ReviewerCalibration[];
};

/** One reviewer's ratings as parallel arrays: the shape the agreement query returns. */
export type ReviewerRatings = {
  reviewerId: string;
  displayName: string;
  active: boolean;
  claimIds: number[];
  reliability: ReliabilityGrade[];
  credibility: number[];
};

export async function getDeskDashboard(actor: User): Promise<DeskDashboard> {
  assertRole(actor, "reviewer");
  // one snapshot, so the counts, the list and the agreement describe the same moment
  return (await getReadDb(actor.id)).transaction(
    async (tx) => {
      // the board's "Needs my rating", which the list's link opens
      const awaitingActor = awaitingRatingBy(actor.id);
      // one query at a time: a transaction is one connection
      const statusRows = await tx
        .select({ status: claims.status, count: count() })
        .from(claims)
        .groupBy(claims.status);
      const [awaiting] = await tx.select({ count: count() }).from(claims).where(awaitingActor);
      const awaitingClaims = await tx
        .select({ id: claims.id, statement: claims.statement, status: claims.status })
        .from(claims)
        .where(awaitingActor)
        // the longest-waiting first
        .orderBy(asc(claims.createdAt), asc(claims.id))
        .limit(NEEDS_RATING_LIST_SIZE);
      // counted for the listed claims only, not for every claim waiting
      const ratingCounts = awaitingClaims.length
        ? await tx
            .select({ claimId: ratings.claimId, count: count() })
            .from(ratings)
            .where(
              inArray(
                ratings.claimId,
                awaitingClaims.map((claim) => claim.id),
              ),
            )
            .groupBy(ratings.claimId)
        : [];
      const reviewerRatings = await ratingsByReviewer(tx);
      const calibration = await readCalibration(tx);

      const counted = new Map(statusRows.map((row) => [row.status, row.count]));
      const statusCounts = claimStatus.enumValues.map((status) => ({
        status,
        count: counted.get(status) ?? 0,
      }));
      return {
        statusCounts,
        totalClaims: statusCounts.reduce((sum, row) => sum + row.count, 0),
        needsMyRating: {
          count: awaiting?.count ?? 0,
          claims: awaitingClaims.map((claim) => ({
            ...claim,
            ratingCount: ratingCounts.find((row) => row.claimId === claim.id)?.count ?? 0,
          })),
        },
        agreement: agreementFromRatings(reviewerRatings),
        calibration,
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/**
 * Every rating, in one query that returns a row per reviewer rather than per
 * rating: "claim id, reliability letter, credibility digit" for each rating,
 * joined by commas ("17B2,18F6"). Grades are one character each, so the
 * pieces parse without ambiguity, and one string per reviewer parses many
 * times faster than 200,000 rows (≈ 0.1 s against ≈ 0.4 s measured).
 */
export async function ratingsByReviewer(db: Executor): Promise<ReviewerRatings[]> {
  const perReviewer = db
    .select({
      reviewerId: ratings.reviewerId,
      rated:
        sql<string>`string_agg(${ratings.claimId}::text || ${ratings.reliability}::text || ${ratings.credibility}::text, ',')`.as(
          "rated",
        ),
    })
    .from(ratings)
    .groupBy(ratings.reviewerId)
    .as("per_reviewer");
  const rows = await db
    .select({
      reviewerId: users.id,
      displayName: users.displayName,
      active: users.active,
      rated: perReviewer.rated,
    })
    .from(perReviewer)
    .innerJoin(users, eq(users.id, perReviewer.reviewerId));

  return rows.map(({ rated, ...reviewer }) => {
    const pieces = rated.split(",");
    const claimIds = new Array<number>(pieces.length);
    const reliability = new Array<ReliabilityGrade>(pieces.length);
    const credibility = new Array<number>(pieces.length);
    pieces.forEach((piece, i) => {
      claimIds[i] = Number(piece.slice(0, -2));
      reliability[i] = piece[piece.length - 2] as ReliabilityGrade;
      credibility[i] = piece.charCodeAt(piece.length - 1) - 48;
    });
    return { ...reviewer, claimIds, reliability, credibility };
  });
}

/**
 * Alpha (ordinal) for each grade, overall and without each reviewer. Units
 * are claims; a grade that could not be judged (F, 6) is a missing value.
 */
export function agreementFromRatings(
  reviewers: readonly ReviewerRatings[],
): DeskDashboard["agreement"] {
  const forGrade = (ranks: (reviewer: ReviewerRatings) => Array<number | null>): GradeAgreement => {
    const coders = reviewers.map((reviewer) => ({
      reviewer,
      coder: reviewer.reviewerId,
      units: reviewer.claimIds,
      values: ranks(reviewer),
    }));
    const { alpha, withoutCoder, pairable } = krippendorffAlphaByCoder(coders, "ordinal");
    const rows = coders.map(({ reviewer, values }) => {
      const alphaWithout = withoutCoder.get(reviewer.reviewerId) ?? null;
      return {
        reviewerId: reviewer.reviewerId,
        displayName: reviewer.displayName,
        active: reviewer.active,
        ratings: values.length,
        judged: values.filter((value) => value !== null).length,
        alphaWithout,
        change: alpha === null || alphaWithout === null ? null : alphaWithout - alpha,
      };
    });
    rows.sort((a, b) => a.displayName.localeCompare(b.displayName, "en"));
    return { alpha, claims: pairable.units, judgedRatings: pairable.values, reviewers: rows };
  };

  return {
    reliability: forGrade((reviewer) => reviewer.reliability.map(reliabilityRank)),
    credibility: forGrade((reviewer) => reviewer.credibility.map(credibilityRank)),
  };
}
