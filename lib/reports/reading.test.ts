import { describe, expect, it } from "vitest";
import { readingParagraphs } from "./reading";

const text = "First line in English.\n\nقال المتحدث إن 22 متدربا سافروا.\nLast line.";

describe("readingParagraphs", () => {
  it("keeps one paragraph per non-blank line with stored-text offsets and its own direction", () => {
    const paragraphs = readingParagraphs(text, []);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "First line in English.",
      "قال المتحدث إن 22 متدربا سافروا.",
      "Last line.",
    ]);
    expect(paragraphs.map((p) => p.direction)).toEqual(["ltr", "rtl", "ltr"]);
    expect(paragraphs[1]!.runs).toEqual([
      { start: 24, end: 56, text: "قال المتحدث إن 22 متدربا سافروا.", claimIds: [] },
    ]);
  });

  it("cuts a paragraph at quote boundaries and lists every claim covering a run", () => {
    const second = text.indexOf("قال");
    const number = text.indexOf("22");
    const quotes = [
      { claimId: 7, start: second, end: text.indexOf(".", second) + 1 },
      { claimId: 3, start: number, end: number + 2 },
    ];
    const [, arabic] = readingParagraphs(text, quotes);
    expect(arabic!.runs.map((run) => [run.text, run.claimIds])).toEqual([
      ["قال المتحدث إن ", [7]],
      ["22", [7, 3]],
      [" متدربا سافروا.", [7]],
    ]);
    // the runs tile the paragraph exactly
    expect(arabic!.runs.map((run) => run.text).join("")).toBe(
      text.slice(arabic!.start, arabic!.end),
    );
  });

  it("clips a quote that runs across a line break to each paragraph it touches", () => {
    const start = text.indexOf("English");
    const end = text.indexOf("المتحدث");
    const paragraphs = readingParagraphs(text, [{ claimId: 1, start, end }]);
    expect(paragraphs[0]!.runs.at(-1)).toMatchObject({ text: "English.", claimIds: [1] });
    expect(paragraphs[1]!.runs[0]).toMatchObject({ text: "قال ", claimIds: [1] });
    expect(paragraphs[2]!.runs).toHaveLength(1);
  });

  it("ignores empty ranges and handles text without newlines", () => {
    const paragraphs = readingParagraphs("One paragraph.", [{ claimId: 1, start: 3, end: 3 }]);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.runs).toEqual([
      { start: 0, end: 14, text: "One paragraph.", claimIds: [] },
    ]);
  });
});
