import { describe, expect, it } from "vitest";
import { diffWords, hasWordChanges } from "./word-diff";

describe("a word-level diff", () => {
  it("marks the words removed and added, in reading order, keeping the rest", () => {
    expect(
      diffWords(
        "22 trainees went to China in September",
        "12 trainees went to Russia in September",
      ),
    ).toEqual([
      { change: "removed", text: "22" },
      { change: "added", text: "12" },
      { change: "same", text: "trainees went to" },
      { change: "removed", text: "China" },
      { change: "added", text: "Russia" },
      { change: "same", text: "in September" },
    ]);
  });

  it("compares Arabic through the desk's folding but shows the page's own words", () => {
    const before = "وقالت الوثيقة إن 22 متدربا سافروا إلى الصين";
    const after = "وقالت الوثيقة ان ٢٢ متدربا سافروا إلى روسيا";
    const parts = diffWords(before, after);
    expect(parts).toEqual([
      { change: "same", text: "وقالت الوثيقة ان ٢٢ متدربا سافروا إلى" },
      { change: "removed", text: "الصين" },
      { change: "added", text: "روسيا" },
    ]);
    expect(hasWordChanges(diffWords(before, before.replace("إن", "ان")))).toBe(false);
  });

  it("handles a passage that appeared or went entirely", () => {
    expect(diffWords("", "all new words")).toEqual([{ change: "added", text: "all new words" }]);
    expect(diffWords("all old words", "  ")).toEqual([
      { change: "removed", text: "all old words" },
    ]);
    expect(diffWords("", "")).toEqual([]);
  });

  it("ignores how the words are spaced and broken into lines", () => {
    expect(hasWordChanges(diffWords("one  two\nthree", "one two three"))).toBe(false);
  });

  it("keeps every word of both sides, whatever was matched", () => {
    const before = "a b c d e f g a b c";
    const after = "b a c x e g f a c";
    const parts = diffWords(before, after);
    const side = (skip: string) =>
      parts
        .filter((part) => part.change !== skip)
        .map((part) => part.text)
        .join(" ");
    expect(side("added")).toBe(before);
    expect(side("removed")).toBe(after);
  });
});
