import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { ratings } from "@/db/schema";
import { makeBoardScene } from "@/scripts/testing/board-scene";
import { makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { refreshReviewSummaries } from "@/scripts/testing/review-summary";
import { getClaimCard } from "./card";

// the scene is made once for the file, in its own database
const { tag, viewer, otherReviewer, thirdReviewer, boardFor } = await makeBoardScene();

describe("the claim board", () => {
  describe("blind-first: grades this viewer has not seen leave no trace", () => {
    let split: number; // graded A1 and E5 by two others
    let agreed: number; // graded B2 twice; newer, otherwise the same as `split`

    beforeAll(async () => {
      const report = await makeReport("Blind order");
      [split, agreed] = (await makeClaims(report, [
        { statement: `Graded far apart ${tag}`, quote: "متباعد", status: "in_review" },
        { statement: `Graded alike ${tag}`, quote: "متقارب", status: "in_review" },
      ])) as [number, number];
      await getDb()
        .insert(ratings)
        .values([
          { claimId: split, reviewerId: otherReviewer.id, reliability: "A", credibility: 1 },
          { claimId: split, reviewerId: thirdReviewer.id, reliability: "E", credibility: 5 },
          { claimId: agreed, reviewerId: otherReviewer.id, reliability: "B", credibility: 2 },
          { claimId: agreed, reviewerId: thirdReviewer.id, reliability: "B", credibility: 2 },
        ]);
      await refreshReviewSummaries([split, agreed]);
    });

    it("the most-disputed order does not rank by how far apart hidden grades are", async () => {
      // same status, no contradictions, two ratings each: the newer comes first, whatever the grades
      const ids = (await boardFor(viewer, { sort: "disputed", q: tag })).cards
        .map((card) => card.id)
        .filter((id) => id === split || id === agreed);
      expect(ids).toEqual([agreed, split]);
    });

    it("the claim page and its edit form get no measure of the grades", async () => {
      const card = await getClaimCard(viewer, split);
      expect(card!.claim).not.toHaveProperty("gradeSpread");
      expect(JSON.stringify(card)).not.toMatch(/"(reliability|credibility)"/);
    });
  });
});
