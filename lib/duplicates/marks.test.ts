import { describe, expect, it } from "vitest";
import { shortenRuns } from "@/components/duplicates/marked-text";
import { draftWords, markSharedWords } from "./marks";

describe("markSharedWords", () => {
  it("marks the words and numbers the draft also has, however they are written", () => {
    const draft = draftWords("Russia removed the Taliban from its list in April ٢٠٢٥", "");
    const runs = markSharedWords("وفي أبريل 2025 شطبت روسيا طالبان; Russia's list, 2025.", draft);
    expect(runs.filter((run) => run.shared).map((run) => run.text)).toEqual([
      "2025",
      "Russia's",
      "list",
      "2025",
    ]);
    expect(runs.map((run) => run.text).join("")).toBe(
      "وفي أبريل 2025 شطبت روسيا طالبان; Russia's list, 2025.",
    );
  });

  it("marks Arabic words without regard to hamza, diacritics or the article", () => {
    const draft = draftWords("", "الإرهابية المحظورة");
    const runs = markSharedWords("قائمة التنظيمات الارهابيه والمحظورة", draft);
    expect(runs.filter((run) => run.shared).map((run) => run.text)).toEqual([
      "الارهابيه",
      "والمحظورة",
    ]);
  });

  it("leaves function words unmarked", () => {
    const runs = markSharedWords("the list of the banned", draftWords("the list"));
    expect(runs).toEqual([
      { text: "the ", shared: false },
      { text: "list", shared: true },
      { text: " of the banned", shared: false },
    ]);
  });
});

describe("shortenRuns", () => {
  it("cuts at a word boundary and ends with an ellipsis", () => {
    const runs = [
      { text: "one two ", shared: false },
      { text: "three", shared: true },
      { text: " four five six", shared: false },
    ];
    expect(shortenRuns(runs, 20)).toEqual([
      { text: "one two ", shared: false },
      { text: "three", shared: true },
      { text: " four", shared: false },
      { text: "…", shared: false },
    ]);
    expect(shortenRuns(runs, 15)).toEqual([
      { text: "one two ", shared: false },
      { text: "three", shared: true },
      { text: "…", shared: false },
    ]);
    expect(shortenRuns(runs, 100)).toEqual(runs);
  });
});
