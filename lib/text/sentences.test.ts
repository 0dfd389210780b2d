import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("splits Arabic on the full stop, question mark, exclamation mark and semicolon", () => {
    expect(texts("وصلت الوفود. ما التفاصيل؟ لا خطر! دعم فني؛ لمواجهة التهديدات")).toEqual([
      "وصلت الوفود.",
      "ما التفاصيل؟",
      "لا خطر!",
      "دعم فني؛",
      "لمواجهة التهديدات",
    ]);
  });

  it("splits on the Arabic question mark and semicolon even without a space after them", () => {
    expect(texts("هل هذا صحيح؟نعم")).toEqual(["هل هذا صحيح؟", "نعم"]);
  });

  it("splits English sentences", () => {
    expect(texts("Russia recognised the Taliban. Why now? Nobody knows!")).toEqual([
      "Russia recognised the Taliban.",
      "Why now?",
      "Nobody knows!",
    ]);
  });

  it("ends a sentence at a line break, so headings stand alone", () => {
    expect(texts("قضية حساسة\n\nوكشف الموقع الروسي أنه أعدت الوزارة وثيقة.")).toEqual([
      "قضية حساسة",
      "وكشف الموقع الروسي أنه أعدت الوزارة وثيقة.",
    ]);
  });

  it("does not split decimals, abbreviations, initials or links", () => {
    expect(texts("The U.S. Army said 1.5 million left. Dr. Smith agreed.")).toEqual([
      "The U.S. Army said 1.5 million left.",
      "Dr. Smith agreed.",
    ]);
    expect(texts("John F. Kennedy spoke. See www.afintl.com/ar for more.")).toEqual([
      "John F. Kennedy spoke.",
      "See www.afintl.com/ar for more.",
    ]);
    expect(texts("بلغت النسبة 3.5 بالمئة في الربع الأول.")).toEqual([
      "بلغت النسبة 3.5 بالمئة في الربع الأول.",
    ]);
  });

  it("does not split after a list number or before a lower-case word", () => {
    expect(texts("4. Consider the following countries")).toEqual([
      "4. Consider the following countries",
    ]);
    expect(texts("Many groups, e.g. the ISKP, are active. etc. and so on")).toEqual([
      "Many groups, e.g. the ISKP, are active. etc. and so on",
    ]);
  });

  it("keeps closing quotes with the sentence they close", () => {
    expect(texts('وقال: "تقرر إرسال 22 شخصا". وتابع الموقع: "اختيار أشخاص".')).toEqual([
      'وقال: "تقرر إرسال 22 شخصا".',
      'وتابع الموقع: "اختيار أشخاص".',
    ]);
    expect(texts("على نطاق واسع”. وفق رؤيته.")).toEqual(["على نطاق واسع”.", "وفق رؤيته."]);
  });

  it("gives trimmed offsets into the original text", () => {
    const text = "  \n وثيقة سرية مسربة تكشف عن تعاون.. ما التفاصيل؟ \u00a0\n١٢\n";
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      "وثيقة سرية مسربة تكشف عن تعاون..",
      "ما التفاصيل؟",
      "١٢",
    ]);
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it("drops lines of punctuation only and handles empty text", () => {
    expect(texts(" . \n — \n")).toEqual([]);
    expect(splitSentences("")).toEqual([]);
  });
});
