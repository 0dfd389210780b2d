import { describe, expect, it } from "vitest";
import { directionOf, intlLocale, languageFromAcceptLanguage, languageOfLocale } from "./languages";
import { languageOfBrowser } from "./browser-language";

describe("the interface language", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["ar", "ar"],
    ["ar-EG,ar;q=0.9,en;q=0.8", "ar"],
    ["en-GB,en;q=0.9,ar;q=0.8", "en"],
    ["fr-FR,fr;q=0.9,ar;q=0.5", "ar"],
    ["fr-FR,fr;q=0.9", "en"],
    ["en;q=0.2,ar;q=0.7", "ar"],
    ["ar;q=0,en", "en"],
    ["AR-sa", "ar"],
  ])("Accept-Language %j asks for %s", (header, language) => {
    expect(languageFromAcceptLanguage(header)).toBe(language);
  });

  it("prefers the browser's switch to its Accept-Language", () => {
    const switched = new Headers({
      cookie: "authjs.session-token=x; desk-language=ar",
      "accept-language": "en-GB",
    });
    expect(languageOfBrowser(switched)).toBe("ar");
    const forged = new Headers({ cookie: "desk-language=fr", "accept-language": "en-GB" });
    expect(languageOfBrowser(forged)).toBe("en");
  });

  it("formats with the account's digits and reads right to left in Arabic", () => {
    const twelve = (locale: string) => new Intl.NumberFormat(locale).format(12);
    expect(twelve(intlLocale("ar", "western"))).toBe("12");
    expect(twelve(intlLocale("ar", "arabic_indic"))).toBe("١٢");
    expect(languageOfLocale(intlLocale("ar", "arabic_indic"))).toBe("ar");
    expect(languageOfLocale(intlLocale("en", "western"))).toBe("en");
    const day = new Date(Date.UTC(2026, 11, 4));
    expect(
      new Intl.DateTimeFormat(intlLocale("en", "western"), { dateStyle: "medium" }).format(day),
    ).toBe("4 Dec 2026");
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
  });
});
