import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { claims } from "@/db/schema";
import { readStatusInput } from "@/lib/review/refresh-status";
import { summariseReview } from "@/lib/review/review-summary";

/**
 * For fixtures that insert ratings, evidence or relations directly: writes
 * the board's summary columns (rating count, contradiction flag) as the desk's own writes keep them. The status stays as the fixture
 * set it, so a test can pin one without assembling ratings to match.
 */
export async function refreshReviewSummaries(claimIds: number[]) {
  const db = getDb();
  for (const claimId of claimIds) {
    const { ratingCount, contradicted } = summariseReview(
      await readStatusInput(db, claimId),
    ).summary;
    await db.update(claims).set({ ratingCount, contradicted }).where(eq(claims.id, claimId));
  }
}
