import { describe, expect, it } from "vitest";
import { makeBoardScene } from "@/scripts/testing/board-scene";

// the scene is made once for the file, in its own database
const { reportA, recognition, delisting2024, delisting2025, capital, trainees, idsFor } =
  await makeBoardScene();

describe("the claim board", () => {
  describe("search", () => {
    it("finds a word with or without hamza, diacritics or tatweel", async () => {
      const withHamza = await idsFor({ q: "الإعتراف", reportId: reportA });
      const withoutHamza = await idsFor({ q: "الاعتراف", reportId: reportA });
      expect(withoutHamza).toEqual([capital, recognition]);
      expect(withHamza).toEqual(withoutHamza);
      expect(await idsFor({ q: "الاعْتِرَاف", reportId: reportA })).toEqual(withoutHamza);
      expect(await idsFor({ q: "موسكو", reportId: reportA })).toEqual([capital]);
      expect(await idsFor({ q: "موسكـو", reportId: reportA })).toEqual([capital]);
    });

    it("folds ta marbuta, alef maqsura and Arabic-Indic digits", async () => {
      expect(await idsFor({ q: "عاصمه", reportId: reportA })).toEqual([capital]);
      expect(await idsFor({ q: "حكومه", reportId: reportA })).toEqual([recognition]);
      expect(await idsFor({ q: "الي الصين", reportId: reportA })).toEqual([trainees]);
      const western = await idsFor({ q: "2025", reportId: reportA });
      expect(western).toEqual([delisting2025, recognition]);
      expect(await idsFor({ q: "٢٠٢٥", reportId: reportA })).toEqual(western);
      expect(await idsFor({ q: "۲۰۲۵", reportId: reportA })).toEqual(western);
    });

    it("matches English case-insensitively, every term in any order", async () => {
      expect(await idsFor({ q: "TALIBAN russia", reportId: reportA })).toEqual([
        delisting2025,
        delisting2024,
        recognition,
      ]);
      expect(await idsFor({ q: "april taliban 2024" })).toEqual([delisting2024]);
      expect(await idsFor({ q: "russia pakistan" })).toEqual([]);
    });

    it("leaves out claims with a term written with a leading minus", async () => {
      const taliban = await idsFor({ q: "taliban" });
      const withRussia = await idsFor({ q: "taliban russia" });
      expect(withRussia).toContain(recognition);
      expect(await idsFor({ q: "taliban -russia" })).toEqual(
        taliban.filter((id) => !withRussia.includes(id)),
      );
      const withoutChina = await idsFor({ q: "-الصين", reportId: reportA });
      expect(withoutChina).not.toContain(trainees);
      expect(withoutChina).toContain(capital);
    });

    it("takes % and _ literally", async () => {
      expect(await idsFor({ q: "100%" })).toEqual([trainees]);
      expect(await idsFor({ q: "%", reportId: reportA })).toEqual([trainees]);
      expect(await idsFor({ q: "_", reportId: reportA })).toEqual([]);
    });
  });
});
