import { describe, expect, it } from "vitest";
import { canonicalNumber, readValues } from "./values";
import { contentWords, overlap } from "./words";

describe("readValues", () => {
  it("reads a count with the words it counts, in Arabic-Indic and Western digits alike", () => {
    const english = readValues("At least 13 US service members were killed.");
    const arabic = readValues("مقتل ١٣ جنديًا أمريكيًا على الأقل");
    expect(english.numbers).toMatchObject([
      { value: "13", phrase: "13 US service members", context: ["us", "service", "member"] },
    ]);
    expect(arabic.numbers).toMatchObject([{ value: "13", context: ["مقتل", "جنديا", "امريكيا"] }]);
  });

  it("reads dates in either language and digit form as the same date", () => {
    const [english] = readValues("Russia recognised the Taliban on 3 July 2025.").dates;
    const [arabic] = readValues("اعترفت روسيا بطالبان في ٣ تموز ٢٠٢٥").dates;
    expect(english).toMatchObject({ iso: "2025-07-03", precision: "day", role: "event" });
    expect(arabic).toMatchObject({ iso: "2025-07-03", precision: "day", role: "event" });
  });

  it("leaves the days of dates out of the counts, with or without a year", () => {
    expect(readValues("The 26 August bombing").numbers).toEqual([]);
    expect(readValues("يوم الخميس، 26 آب/أغسطس").numbers).toEqual([]);
  });

  it("marks periods' starts and reporting dates apart from event dates", () => {
    expect(readValues("listed as a terrorist group since 2003").dates[0]?.role).toBe("since");
    expect(readValues("مدرجة منذ عام 2003").dates[0]?.role).toBe("since");
    expect(readValues("Euronews reported on 4 July 2025 that Russia").dates[0]?.role).toBe(
      "reported",
    );
  });

  it("reads numbers inside names as names, not values", () => {
    const values = readValues("Saudi Vision 2030 and Flight 661 crashed near COP28 in 2024.");
    expect(values.names).toEqual(["vision 2030", "flight 661", "cop28"]);
    expect(values.dates.map((date) => date.iso)).toEqual(["2024-01-01"]);
    expect(values.numbers).toEqual([]);
  });

  it("reads wire copy's lower-case flight and resolution numbers as names, but not an order of goods", () => {
    const values = readValues(
      "Kam Air flight 661 landed after resolution 2593 passed; the ministry put in an order 20 days ago.",
    );
    expect(values.names).toEqual(["flight 661", "resolution 2593"]);
    expect(values.numbers.map((number) => number.value)).toEqual(["20"]);
  });

  it("keeps a number after an Arabic conjunction, and leaves footnote markers out", () => {
    expect(readValues("و٢٫٥ مليون دولار").numbers.map((n) => n.value)).toEqual(["2.5"]);
    expect(readValues("قال المسؤول^١ إن 40 شاحنة وصلت").numbers.map((n) => n.value)).toEqual([
      "40",
    ]);
  });
});

describe("canonicalNumber", () => {
  it("folds digit forms and separators", () => {
    expect(canonicalNumber("١٬٢٠٠")).toBe("1200");
    expect(canonicalNumber("1,200")).toBe("1200");
    expect(canonicalNumber("٢٫٥")).toBe("2.5");
    expect(canonicalNumber("1.5")).toBe("1.5");
    expect(canonicalNumber("۱۳")).toBe("13");
  });
});

describe("contentWords", () => {
  it("folds hamza, diacritics, the article and attached prepositions in Arabic", () => {
    expect(contentWords("بالمطارِ والإرهابية")).toEqual(contentWords("المطار الارهابيه"));
    expect(contentWords("في المطار")).toEqual(new Set(["مطار"]));
  });

  it("keeps the US apart from us, and folds plurals and possessives", () => {
    expect(contentWords("Tell us about the US soldiers' base")).toEqual(
      new Set(["tell", "us", "soldier", "base"]),
    );
    expect(contentWords("U.S. forces")).toEqual(new Set(["us", "force"]));
  });

  it("measures overlap over the smaller set", () => {
    expect(overlap(new Set(["a", "b"]), new Set(["a", "b", "c", "d"]))).toBe(1);
    expect(overlap(new Set(), new Set(["a"]))).toBe(0);
  });
});
