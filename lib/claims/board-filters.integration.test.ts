import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listSourcesOfClaims } from "@/lib/sources/list";
import { makeBoardScene } from "@/scripts/testing/board-scene";
import { listBoardFilterOptions } from "./board";
import { selectionOptionQueries } from "./selection-options";

// the scene is made once for the file, in its own database
const {
  viewer,
  otherReviewer,
  thirdReviewer,
  editor,
  reportA,
  reportB,
  russia,
  pakistan,
  recognition,
  delisting2024,
  delisting2025,
  capital,
  trainees,
  pakistanChannel,
  boardFor,
  idsFor,
} = await makeBoardScene();

describe("the claim board", () => {
  describe("filters", () => {
    it("by report, status and entity", async () => {
      expect(await idsFor({ reportId: reportB })).toEqual([pakistanChannel]);
      expect(await idsFor({ reportId: reportA, status: "disputed" })).toEqual([
        delisting2025,
        delisting2024,
      ]);
      expect(await idsFor({ entityId: pakistan })).toEqual([pakistanChannel]);
      expect(await idsFor({ entityId: russia, q: "2025" })).toEqual([delisting2025, recognition]);
    });

    it("by an editor's standing verdict, or none yet; each card carries it", async () => {
      expect(await idsFor({ reportId: reportA, verdict: "verified" })).toEqual([capital]);
      expect(await idsFor({ reportId: reportA, verdict: "unproven" })).toEqual([]); // reopened
      expect(await idsFor({ reportId: reportA, verdict: "none" })).toEqual([
        trainees,
        delisting2025,
        delisting2024,
        recognition,
      ]);
      const { cards } = await boardFor(viewer, { reportId: reportA });
      expect(cards.find((card) => card.id === capital)!.verdict).toBe("verified");
      expect(cards.find((card) => card.id === trainees)!.verdict).toBeNull();
    });

    it("by the reviewer who rated, offering everyone who has rated", async () => {
      expect(await idsFor({ reportId: reportA, reviewerId: otherReviewer.id })).toEqual([
        delisting2024,
        recognition,
      ]);
      expect(await idsFor({ reportId: reportA, reviewerId: thirdReviewer.id })).toEqual([
        delisting2024,
      ]);
      expect(await idsFor({ reportId: reportA, reviewerId: editor.id })).toEqual([]);
      const { reviewers } = await listBoardFilterOptions(viewer);
      const offered = reviewers.map((reviewer) => reviewer.id);
      expect(offered).toEqual(
        expect.arrayContaining([viewer.id, otherReviewer.id, thirdReviewer.id]),
      );
      expect(offered).not.toContain(editor.id);
    });

    it("offers in one statement the lists its separate queries give, in their order", async () => {
      const options = await listBoardFilterOptions(viewer);
      const db = getDb();
      const selection = selectionOptionQueries(db);
      expect(options.reports).toEqual(await selection.reports);
      expect(options.entities).toEqual(await selection.entities);
      expect(options.sources).toEqual(await listSourcesOfClaims(db));
      expect(options.reports.length).toBeGreaterThan(0);
      expect(options.reviewers.map((reviewer) => reviewer.name)).toEqual(
        [...options.reviewers.map((reviewer) => reviewer.name)].sort((a, b) =>
          a.localeCompare(b, "en"),
        ),
      );
      expect(options.reviewers.every((reviewer) => typeof reviewer.name === "string")).toBe(true);
    });

    it("needs my rating: not rated by me and not locked by a standing verdict", async () => {
      // recognition is rated by the viewer, capital is locked; trainees' verdict was reopened
      expect(await idsFor({ reportId: reportA, needsMyRating: true })).toEqual([
        trainees,
        delisting2025,
        delisting2024,
      ]);
      expect(await idsFor({ reportId: reportA, needsMyRating: true }, otherReviewer)).toEqual([
        trainees,
        delisting2025,
      ]);
    });

    it("has contradictions: a contradicting claim at either end, or live contradicting evidence", async () => {
      expect(await idsFor({ hasContradictions: true, reportId: reportA })).toEqual([
        delisting2025,
        delisting2024,
      ]);
      expect(await idsFor({ hasContradictions: true, reportId: reportB })).toEqual([
        pakistanChannel,
      ]);
      expect(await idsFor({ hasContradictions: true, q: "2025" })).toEqual([delisting2025]);
    });

    it("by event date: a month- or year-precise event counts for its whole period", async () => {
      expect(await idsFor({ reportId: reportA, from: "2024-04-15", to: "2024-04-20" })).toEqual([
        delisting2024,
      ]);
      expect(await idsFor({ reportId: reportA, from: "2025-07-02", to: "2025-07-02" })).toEqual([
        recognition,
      ]);
      expect(await idsFor({ reportId: reportA, from: "2025-07-03" })).toEqual([
        capital,
        recognition,
      ]);
      expect(await idsFor({ to: "2021-12-31", q: "pakistan" })).toEqual([pakistanChannel]);
      // claims without an event date drop out once a range is set
      expect(await idsFor({ reportId: reportA, from: "1900-01-01" })).not.toContain(trainees);
    });
  });
});
