import { describe, expect, it } from "vitest";
import { arabicParagraphs } from "@/scripts/testing/web-fixture-pages";
import {
  closestParagraph,
  paragraphWithQuote,
  paragraphsOf,
  quoteFoundOnPage,
  quoteParagraphChange,
} from "./quote-on-page";

const page = arabicParagraphs.join("\n\n");

describe("finding a source's quote on its page", () => {
  it("finds it however hamza, digits and spaces are written", () => {
    // the page writes إن and 22; the reviewer typed ان, ٢٢ and a line break
    expect(quoteFoundOnPage(page, "وقالت الوثيقة ان ٢٢\nمتدربا   سافروا إلى الصين")).toBe(true);
    expect(quoteFoundOnPage(page, "وقالت الوثيقة إن 12 متدربا")).toBe(false);
  });

  it("has nothing to say without a quote", () => {
    expect(quoteFoundOnPage(page, null)).toBeNull();
    expect(quoteFoundOnPage(page, "  \u064e ")).toBeNull();
  });

  it("names the paragraph that holds it, or the paragraphs a quote runs across", () => {
    expect(paragraphWithQuote(page, "22 متدربا سافروا")).toBe(arabicParagraphs[1]);
    const across = `${arabicParagraphs[1]!.split(" ").slice(-3).join(" ")} ${arabicParagraphs[2]!.split(" ").slice(0, 3).join(" ")}`;
    expect(paragraphWithQuote(page, across)).toBe(
      `${arabicParagraphs[1]}\n\n${arabicParagraphs[2]}`,
    );
    expect(paragraphWithQuote(page, "ليست في الصفحة")).toBeNull();
  });

  it("reads paragraphs split by blank lines, or by lines when there are none", () => {
    expect(paragraphsOf("one\n\n  two  \n\n\nthree")).toEqual(["one", "two", "three"]);
    expect(paragraphsOf("one\ntwo\n")).toEqual(["one", "two"]);
  });
});

describe("how the quote's paragraph changed", () => {
  const edited = arabicParagraphs[1]!.replace("22 متدربا", "12 متدربا").replace("الصين", "روسيا");
  const later = [arabicParagraphs[0], edited, arabicParagraphs[2]].join("\n\n");

  it("finds the paragraph the quote's paragraph became, and diffs it word by word", () => {
    const change = quoteParagraphChange(page, later, "إن 22 متدربا سافروا إلى الصين")!;
    expect(change.before).toBe(arabicParagraphs[1]);
    expect(change.after).toBe(edited);
    expect(change.diff!.filter((part) => part.change === "removed").map((p) => p.text)).toEqual([
      "22",
      "الصين",
    ]);
    expect(change.diff!.filter((part) => part.change === "added").map((p) => p.text)).toEqual([
      "12",
      "روسيا",
    ]);
  });

  it("says when the paragraph is gone, or the page could not be read", () => {
    const without = [arabicParagraphs[0], arabicParagraphs[3]].join("\n\n");
    expect(closestParagraph(without, arabicParagraphs[1]!)).toBeNull();
    expect(quoteParagraphChange(page, without, "22 متدربا")).toMatchObject({
      before: arabicParagraphs[1],
      after: null,
      diff: null,
    });
    expect(quoteParagraphChange(page, null, "22 متدربا")!.after).toBeNull();
    expect(quoteParagraphChange(later, page, "22 متدربا")).toBeNull();
  });
});
