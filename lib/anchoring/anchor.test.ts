import { describe, expect, it } from "vitest";
import { ANCHOR_CONTEXT_LENGTH, anchorFromQuote, createAnchor } from "./anchor";

const report =
  "The ministry said on Tuesday that 4,000 troops had crossed the border near the river, " +
  "according to a statement read on state television. Observers could not confirm the figure.";

describe("createAnchor", () => {
  it("keeps the exact text, 32 characters either side and the offsets", () => {
    const start = report.indexOf("4,000 troops");
    const anchor = createAnchor(report, start, start + "4,000 troops".length);
    expect(anchor).toEqual({
      exact: "4,000 troops",
      prefix: report.slice(start - ANCHOR_CONTEXT_LENGTH, start),
      suffix: report.slice(anchor.end, anchor.end + ANCHOR_CONTEXT_LENGTH),
      start,
      end: start + 12,
    });
    expect(anchor.prefix).toHaveLength(32);
    expect(anchor.suffix).toHaveLength(32);
  });

  it("keeps less context at the edges of the text", () => {
    expect(createAnchor(report, 0, 12)).toMatchObject({ exact: "The ministry", prefix: "" });
    const tail = createAnchor(report, report.length - 7, report.length);
    expect(tail).toMatchObject({ exact: "figure.", suffix: "" });
    expect(createAnchor("short", 1, 3)).toMatchObject({ prefix: "s", exact: "ho", suffix: "rt" });
  });

  it("counts offsets in UTF-16 code units and never halves a character in the context", () => {
    const text = "😀".repeat(20) + "quote" + "😀".repeat(20);
    const anchor = createAnchor(text, 40, 45);
    expect(anchor.exact).toBe("quote");
    expect(anchor.prefix).toBe("😀".repeat(16));
    expect(anchor.suffix).toBe("😀".repeat(16));
    const shifted = "😀".repeat(20) + "a" + "quote" + "b" + "😀".repeat(20);
    const cut = createAnchor(shifted, 41, 46);
    expect(cut.prefix).toBe("😀".repeat(15) + "a");
    expect(cut.suffix).toBe("b" + "😀".repeat(15));
  });

  it("anchors Arabic text", () => {
    const arabic = "قال المتحدث باسم الوزارة إن القوات انسحبت من المدينة صباح الأحد.";
    const start = arabic.indexOf("القوات انسحبت");
    const anchor = createAnchor(arabic, start, start + "القوات انسحبت".length);
    expect(anchor.exact).toBe("القوات انسحبت");
    expect(anchor.prefix).toBe("قال المتحدث باسم الوزارة إن ");
    expect(anchor.suffix).toBe(" من المدينة صباح الأحد.");
  });

  it("refuses empty, blank and out-of-range selections with a clear message", () => {
    expect(() => createAnchor(report, 5, 5)).toThrow(/empty/);
    expect(() => createAnchor("a    b", 1, 4)).toThrow(/only whitespace/);
    expect(() => createAnchor(report, -1, 4)).toThrow(/outside the report text/);
    expect(() => createAnchor(report, 10, report.length + 1)).toThrow(/outside the report text/);
    expect(() => createAnchor(report, 9, 4)).toThrow(/outside the report text/);
    expect(() => createAnchor(report, 1.5, 4)).toThrow(/whole numbers/);
    expect(() => createAnchor(report, 0, Number.NaN)).toThrow(/whole numbers/);
    expect(() => createAnchor("", 0, 0)).toThrow(/empty/);
  });
});

describe("anchorFromQuote", () => {
  it("anchors the first place the quote occurs", () => {
    const text = "He said no. Then he said no again.";
    expect(anchorFromQuote(text, "said no")).toMatchObject({ start: 3, end: 10 });
  });

  it("returns null when the quote is absent or blank", () => {
    expect(anchorFromQuote(report, "5,000 troops")).toBeNull();
    expect(anchorFromQuote(report, "")).toBeNull();
    expect(anchorFromQuote(report, "   ")).toBeNull();
  });
});
