import { describe, expect, it } from "vitest";
import { isMostlyArabic, normaliseArabic, textDirection, toWesternDigits } from "./arabic";

describe("normaliseArabic", () => {
  it("folds hamzated alef spellings so either spelling finds the other", () => {
    expect(normaliseArabic("الإعتراف")).toBe(normaliseArabic("الاعتراف"));
    expect(normaliseArabic("أإآٱا")).toBe("ااااا");
  });

  it("folds ta marbuta into ha and alef maqsura into ya", () => {
    expect(normaliseArabic("حركة")).toBe("حركه");
    expect(normaliseArabic("على")).toBe("علي");
  });

  it("drops diacritics, the dagger alef and tatweel", () => {
    expect(normaliseArabic("رسميًّا")).toBe("رسميا");
    expect(normaliseArabic("دُوَليّ")).toBe("دولي");
    expect(normaliseArabic("هٰذا")).toBe("هذا");
    expect(normaliseArabic("طـــالبان")).toBe("طالبان");
  });

  it("turns both Arabic digit sets into Western digits", () => {
    expect(normaliseArabic("٢٠٢٦")).toBe("2026");
    expect(normaliseArabic("۲۰۲۶")).toBe("2026");
  });

  it("lower-cases Latin, collapses whitespace and trims", () => {
    expect(normaliseArabic("  Washington\u00a0\u00a0Post \n بوست ")).toBe("washington post بوست");
  });

  it("ignores invisible bidi marks and joiners pasted from web pages", () => {
    expect(normaliseArabic("طالبان\u200f")).toBe("طالبان");
    expect(normaliseArabic("كاب\u200cل")).toBe("كابل");
  });

  it("makes the same sentence match however it was typed", () => {
    const typed = "وفقًا لما أورده موقع “نيزافيسيمايا غازيتا” في ١٣ سبتمبر";
    const plain = "وفقا لما اورده موقع “نيزافيسيمايا غازيتا” في 13 سبتمبر";
    expect(normaliseArabic(typed)).toBe(normaliseArabic(plain));
  });
});

describe("toWesternDigits", () => {
  it("converts Arabic-Indic and Extended Arabic-Indic digits and leaves the rest", () => {
    expect(toWesternDigits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ 42")).toBe("0123456789 0123456789 42");
    expect(toWesternDigits("أكثر من ١٢٠ دولة")).toBe("أكثر من 120 دولة");
  });

  it("keeps the length, so offsets still point into the original", () => {
    const text = "في ٢٥ يونيو ٢٠٢٦";
    expect(toWesternDigits(text)).toHaveLength(text.length);
  });
});

describe("isMostlyArabic", () => {
  it("is true for Arabic text, even with Latin names and digits in it", () => {
    expect(isMostlyArabic("كشفت صحيفة بوليتيكو (Politico) الأمريكية في 2021")).toBe(true);
  });

  it("is false for English text, text with no letters and empty text", () => {
    expect(isMostlyArabic("Russia recognised the Taliban")).toBe(false);
    expect(isMostlyArabic("٢٠٢٥ - 12")).toBe(false);
    expect(isMostlyArabic("")).toBe(false);
  });
});

describe("textDirection", () => {
  it("is rtl for an Arabic paragraph that opens with a Latin name", () => {
    expect(textDirection("CIA: أوفد الرئيس الأمريكي مدير وكالة المخابرات المركزية")).toBe("rtl");
  });

  it("is ltr for English with an Arabic word in it", () => {
    expect(textDirection("The document is titled وثيقة سرية in the original.")).toBe("ltr");
  });

  it("is ltr when there are no strong letters", () => {
    expect(textDirection("٢٠٢٥/07/04 — 12")).toBe("ltr");
    expect(textDirection("")).toBe("ltr");
  });

  it("is rtl for Hebrew too", () => {
    expect(textDirection("שלום עולם")).toBe("rtl");
  });
});
