import { describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { makeBoardScene } from "@/scripts/testing/board-scene";
import { QUOTE_EXCERPT_LENGTH } from "./board";

// the scene is made once for the file, in its own database
const {
  viewer,
  editor,
  reportA,
  recognition,
  delisting2024,
  delisting2025,
  capital,
  trainees,
  boardFor,
  idsFor,
} = await makeBoardScene();

describe("the claim board", () => {
  describe("cards", () => {
    it("count ratings and live evidence, flag contradictions and cut long quotes", async () => {
      const { cards } = await boardFor(viewer, { reportId: reportA });
      const card = (id: number) => cards.find((c) => c.id === id)!;
      expect(card(recognition)).toMatchObject({
        ratingCount: 2,
        evidenceCount: 1,
        contradicted: false,
        quoteTruncated: false,
        report: { id: reportA },
      });
      expect(card(delisting2024)).toMatchObject({ contradicted: true, ratingCount: 2 });
      expect(card(trainees)).toMatchObject({ contradicted: false, quoteTruncated: true });
      expect(card(trainees).quote).toHaveLength(QUOTE_EXCERPT_LENGTH);
    });

    it("show the consensus grade only to who rated or revealed (blind-first)", async () => {
      const consensusOf = async (actor: User, id: number) =>
        (await boardFor(actor, { reportId: reportA })).cards.find((c) => c.id === id)!.consensus;
      // the viewer rated B2, the other reviewer C3: the median takes the weaker middle grade
      expect(await consensusOf(viewer, recognition)).toEqual({
        state: "shown",
        reliability: "C",
        credibility: 3,
      });
      expect(await consensusOf(viewer, delisting2024)).toEqual({
        state: "shown",
        reliability: "E",
        credibility: 5,
      });
      expect(await consensusOf(editor, recognition)).toEqual({ state: "hidden" });
      expect(await consensusOf(viewer, delisting2025)).toEqual({ state: "none" });
    });
  });

  describe("sorting", () => {
    it("most disputed: disputed status, then contradictions, then ratings, then newest", async () => {
      expect(await idsFor({ reportId: reportA, sort: "disputed" })).toEqual([
        delisting2024,
        delisting2025,
        recognition,
        trainees,
        capital,
      ]);
    });

    it("least reviewed: fewest ratings, the longest waiting first", async () => {
      expect(await idsFor({ reportId: reportA, sort: "least-reviewed" })).toEqual([
        delisting2025,
        capital,
        trainees,
        recognition,
        delisting2024,
      ]);
    });
  });
});
