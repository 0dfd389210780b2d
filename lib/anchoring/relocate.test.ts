import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anchorFromQuote, createAnchor, type QuoteAnchor } from "./anchor";
import { relocateAnchor } from "./relocate";

function anchorOf(text: string, quote: string): QuoteAnchor {
  const anchor = anchorFromQuote(text, quote);
  if (!anchor) throw new Error(`test text lacks ${quote}`);
  return anchor;
}

function anchoredAt(text: string, anchor: Partial<QuoteAnchor> & { exact: string }) {
  const relocation = relocateAnchor(text, anchor);
  if (relocation.state !== "anchored") throw new Error(`orphaned: ${relocation.reason}`);
  return relocation;
}

const report =
  "The ministry said on Tuesday that 4,000 troops had crossed the border near the river,\n" +
  "according to a statement read on state television. Observers could not confirm the figure.";
const troops = "4,000 troops had crossed the border near the river";

describe("relocateAnchor on unchanged and shifted text", () => {
  it("trusts the stored offsets when they still hold the quote", () => {
    const anchor = anchorOf(report, troops);
    expect(relocateAnchor(report, anchor)).toEqual({
      state: "anchored",
      anchor,
      method: "position",
    });
  });

  it("finds the exact quote again when text before it moved", () => {
    const moved = "Updated 14:00. " + report;
    const { anchor, method } = anchoredAt(moved, anchorOf(report, troops));
    expect(method).toBe("exact");
    expect(anchor).toMatchObject({ exact: troops, start: report.indexOf(troops) + 15 });
  });

  it("tells repeated quotes apart by their surroundings, not by the nearest offset", () => {
    const first = "In March the army said the bridge was destroyed by shelling. ";
    const second = "Villagers denied that the army said the bridge was destroyed at all. ";
    const quote = "the army said the bridge was destroyed";
    const original = first + second;
    const start = original.lastIndexOf(quote);
    const stored = createAnchor(original, start, start + quote.length);
    const swapped = second + first; // the old offset now points near the first sentence's copy
    const { anchor, method } = anchoredAt(swapped, stored);
    expect(method).toBe("exact");
    expect(anchor.start).toBe(swapped.indexOf(quote));
    expect(anchor.suffix).toMatch(/^ at all\./);
  });

  it("falls back to the nearest old offset when the surroundings are identical", () => {
    const paragraph = "Reports say the convoy turned back at the checkpoint. ";
    const original = paragraph.repeat(3);
    const start = paragraph.length * 2 + paragraph.indexOf("the convoy");
    const stored = { exact: "the convoy turned back", start, end: start + 22 };
    const { anchor } = anchoredAt("Note. " + original, stored);
    expect(anchor.start).toBe(start + 6);
  });

  it("orphans a repeated quote when nothing tells the copies apart", () => {
    const text = "No comment. No comment. No comment.";
    const relocation = relocateAnchor(text, { exact: "No comment." });
    expect(relocation).toEqual({ state: "orphaned", reason: expect.stringMatching(/3 places/) });
  });
});

describe("relocateAnchor on re-imported text", () => {
  it("follows whitespace that was collapsed or changed", () => {
    const anchor = anchorOf(report, "near the river,\naccording to a statement");
    const reimported = report.replace("\n", " ").replace("near the", "near  the\t");
    const { anchor: found, method } = anchoredAt(reimported, anchor);
    expect(method).toBe("fuzzy");
    expect(found.exact).toBe("near  the\t river, according to a statement");
  });

  it("keeps its place when a word next to the quote changed", () => {
    const anchor = anchorOf(report, troops);
    const edited = "Breaking: " + report.replace("on Tuesday", "late on Monday");
    const { anchor: found, method } = anchoredAt(edited, anchor);
    expect(method).toBe("exact");
    expect(found.start).toBe(edited.indexOf(troops));
  });

  it("follows a word changed inside the quote", () => {
    const anchor = anchorOf(report, troops);
    const edited = report.replace("the border", "the frontier");
    const { anchor: found, method } = anchoredAt(edited, anchor);
    expect(method).toBe("fuzzy");
    expect(found.exact).toBe("4,000 troops had crossed the frontier near the river");
  });

  it("prefers the edited quote in its own sentence over an exact copy elsewhere", () => {
    const text =
      "Officials insisted the army said nothing about casualties. " +
      "Later, in a separate bulletin, the army said nothing new.";
    const anchor = anchorOf(text, "the army said nothing");
    const edited = text.replace("the army said nothing about", "the army says nothing about");
    const { anchor: found } = anchoredAt(edited, anchor);
    expect(found).toMatchObject({ exact: "the army says nothing", start: anchor.start });
  });

  it("follows Arabic diacritics and tatweel added or removed", () => {
    const bare = "قال المتحدث إن القوات انسحبت من المدينة صباح الأحد بعد قتال عنيف.";
    const voweled = "قال المتحدث إنَّ القُوّاتِ انسحبتْ من المديـنة صباحَ الأحدِ بعد قتالٍ عنيف.";
    const added = anchoredAt(voweled, anchorOf(bare, "القوات انسحبت من المدينة"));
    expect(added.method).toBe("fuzzy");
    expect(added.anchor.exact).toBe("القُوّاتِ انسحبتْ من المديـنة");
    const removed = anchoredAt(bare, anchorOf(voweled, "القُوّاتِ انسحبتْ من المديـنة"));
    expect(removed.anchor.exact).toBe("القوات انسحبت من المدينة");
  });
});

describe("relocateAnchor never guesses", () => {
  it("orphans a quote the text no longer contains, with a reason", () => {
    const anchor = anchorOf(report, troops);
    const relocation = relocateAnchor(report.replace(troops, "troops were seen"), anchor);
    expect(relocation).toEqual({ state: "orphaned", reason: expect.stringMatching(/no longer/) });
  });

  it("orphans a short quote that survives only in other surroundings", () => {
    const anchor = anchorOf(report, "4,000 troops");
    const rewritten = "Satellite images show 4,000 troops at a base far from any river.";
    const relocation = relocateAnchor(rewritten, anchor);
    expect(relocation).toEqual({
      state: "orphaned",
      reason: expect.stringMatching(/surroundings/),
    });
  });

  it("orphans a short near match when no stored context can vouch for it", () => {
    const relocation = relocateAnchor("Later the army says nothing.", {
      exact: "the army said nothing",
    });
    expect(relocation).toMatchObject({ state: "orphaned" });
  });

  it("orphans an empty stored quote", () => {
    expect(relocateAnchor(report, { exact: " " })).toMatchObject({ state: "orphaned" });
  });
});

describe("relocateAnchor speed", () => {
  // A small vocabulary makes many near matches: harder than real prose.
  const words = "القوات الحكومية أعلنت وزارة الدفاع مصدر مطلع the army said troops".split(" ");
  function prose(length: number, seed: number): string {
    let text = "";
    while (text.length < length) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += words[seed % words.length] + (seed % 7 === 0 ? ".\n" : " ");
    }
    return text;
  }

  for (const [size, bound] of [
    [200_000, 1000],
    [2_000_000, 5000],
  ] as const) {
    it(`finds a 300-character quote with a changed word in ${size / 1000} KB within ${bound} ms`, () => {
      const quote = prose(300, 99).slice(0, 300);
      const original = prose(size / 2, 1) + quote + prose(size / 2, 2);
      const anchor = anchorOf(original, quote);
      const changed = quote.replace(/ [^ ]+ /, " الجديدة ");
      const reimported = "Imported again.\n" + original.replace(quote, changed);
      const began = performance.now();
      const { anchor: found } = anchoredAt(reimported, anchor);
      expect(performance.now() - began).toBeLessThan(bound);
      expect(found).toMatchObject({ exact: changed, start: anchor.start + 16 });
    });
  }
});

const arabicReport = "/work/shared/reports/002_c16f0ff1c7532b47.txt";

describe.skipIf(!existsSync(arabicReport))("relocateAnchor on a real Arabic report", () => {
  const text = existsSync(arabicReport) ? readFileSync(arabicReport, "utf8") : "";
  const unvoweled = text.replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/\n/g, "\r\n");

  it("finds a leaked-documents sentence after diacritics are stripped and lines re-broken", () => {
    const start = text.indexOf("كشفت وثائق مسرّبة");
    const anchor = anchorOf(text, text.slice(start, start + 90));
    const { anchor: found, method } = anchoredAt(unvoweled, anchor);
    expect(method).toBe("fuzzy");
    expect(found.exact).toBe(anchor.exact.replace(/[\u064B-\u065F\u0670\u0640]/g, ""));
    const reworded = anchoredAt(unvoweled.replace("مسربة حديثا", "مسربة مؤخرا"), anchor);
    expect(reworded.anchor).toMatchObject({ start: found.start, end: found.end });
    expect(reworded.anchor.exact).toMatch(/^كشفت وثائق مسربة مؤخرا عن مزيج/);
  });

  it("puts sampled quotes back exactly where they were", () => {
    let misplaced = 0;
    for (let start = 40; start < text.length - 200; start += 97) {
      const anchor = anchorOf(text, text.slice(start, start + 40 + (start % 80)).trim());
      const expected = anchor.exact.replace(/[\u064B-\u065F\u0670\u0640]/g, "");
      const relocation = relocateAnchor(unvoweled, anchor);
      const found = relocation.state === "anchored" ? relocation.anchor.exact : relocation.reason;
      if (found !== expected.replace(/\n/g, "\r\n")) misplaced++;
    }
    expect(misplaced).toBe(0);
  });

  it("orphans a quote from a paragraph that was dropped", () => {
    const paragraph = text.split("\n").filter((line) => line.length > 200)[2] ?? "";
    const anchor = anchorOf(text, paragraph.slice(20, 120));
    const relocation = relocateAnchor(text.replace(paragraph, ""), anchor);
    expect(relocation.state).toBe("orphaned");
  });
});
