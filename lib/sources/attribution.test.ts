import { describe, expect, it } from "vitest";
import { demoClaims } from "@/scripts/demo/claims";
import { attributionLinks, guessSourceKind } from "./attribution";

describe("the links of an attribution chain", () => {
  it("splits on the words that join them, outermost first", () => {
    expect(
      attributionLinks(
        "Arabic news site, citing The Washington Post, citing two unnamed Taliban commanders",
      ),
    ).toEqual(["Arabic news site", "The Washington Post", "two unnamed Taliban commanders"]);
    expect(
      attributionLinks("Arabic analysis page, quoting a leaked Taliban defence-ministry document"),
    ).toEqual(["Arabic analysis page", "leaked Taliban defence-ministry document"]);
    expect(
      attributionLinks("Knowledge Center position paper, footnote citing Euronews (Arabic)"),
    ).toEqual(["Knowledge Center position paper", "Euronews"]);
    expect(attributionLinks("Ultra Sawt headline, credited to The Wall Street Journal")).toEqual([
      "Ultra Sawt headline",
      "The Wall Street Journal",
    ]);
    expect(
      attributionLinks("Arabic news site, citing the latest United Nations estimates"),
    ).toEqual(["Arabic news site", "latest United Nations estimates"]);
  });

  it("names who made what is cited, not the thing", () => {
    expect(attributionLinks("Ultra Sawt, citing Gen. Frank McKenzie's Senate testimony")).toEqual([
      "Ultra Sawt",
      "Gen. Frank McKenzie",
    ]);
    expect(
      attributionLinks(
        "Arabic news site, citing Nezavisimaya Gazeta's reading of the leaked document",
      ),
    ).toEqual(["Arabic news site", "Nezavisimaya Gazeta"]);
  });

  it("reads an Arabic chain", () => {
    expect(attributionLinks("موقع إخباري، نقلا عن صحيفة نيزافيسيمايا غازيتا")).toEqual([
      "موقع إخباري",
      "صحيفة نيزافيسيمايا غازيتا",
    ]);
  });

  it("finds at least one link in every demo attribution", () => {
    for (const claim of demoClaims) {
      expect(attributionLinks(claim.attribution).length, claim.attribution).toBeGreaterThan(0);
    }
  });

  it("guesses a kind from the words of a link", () => {
    expect(guessSourceKind("two unnamed Taliban commanders")).toBe("person");
    expect(guessSourceKind("leaked Taliban defence-ministry document")).toBe("document");
    expect(guessSourceKind("The Washington Post")).toBe("outlet");
    expect(guessSourceKind("United Nations")).toBe("organisation");
    expect(guessSourceKind("unnamed Afghan source who leaked the document")).toBe("person");
    expect(guessSourceKind("two unnamed harbour pilots")).toBe("person");
  });
});
