import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoClaims } from "@/scripts/demo/claims";
import { demoReports } from "@/scripts/demo/reports";
import { suggestionKey } from "./key";
import { suggestClaimSentences } from "./rank";

const report = [
  "وثيقة مسربة",
  "توصلت بكين وكابل إلى اتفاق للتدريب العسكري، وفقا لما أورده موقع روسي.",
  "وقال وزير الدفاع في نص الوثيقة إنه تقرر إرسال 22 شخصا إلى الصين في 13 سبتمبر 2025.",
  "هل تستطيع الحركة أن تحمي قادتها من الطائرات المسيرة في المستقبل القريب؟",
  "الطقس كان جميلا في ذلك اليوم والناس يتجولون في الأسواق القديمة.",
].join("\n");

describe("suggestClaimSentences", () => {
  it("ranks sentences with numbers, dates and sources first and says why", () => {
    const [first, second, ...rest] = suggestClaimSentences(report);
    expect(first?.text).toContain("22 شخصا");
    expect(first?.reasons).toEqual(expect.arrayContaining(["number", "date", "attribution: قال"]));
    expect(second?.text).toContain("وفقا لما أورده");
    expect(second?.reasons).toContain("attribution: وفقا");
    expect(rest.map((suggestion) => suggestion.text)).not.toContain("وثيقة مسربة");
  });

  it("leaves out questions, headings and sentences with nothing to check", () => {
    const texts = suggestClaimSentences(report).map((suggestion) => suggestion.text);
    expect(texts.some((text) => text.includes("؟"))).toBe(false);
    expect(texts.some((text) => text.includes("الطقس"))).toBe(false);
  });

  it("gives offsets into the report", () => {
    for (const suggestion of suggestClaimSentences(report)) {
      expect(report.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
    }
  });

  it("works on English", () => {
    const english =
      "It was a sunny day. Officials told Reuters that at least 13 U.S. service members were killed on August 26, 2021. What next?";
    const [top] = suggestClaimSentences(english);
    expect(top?.text).toMatch(/^Officials told Reuters/);
    expect(top?.reasons).toEqual(
      expect.arrayContaining(["date", "number", "quantity", "attribution: told"]),
    );
  });

  it("honours the limit and leaves out dismissed sentences", () => {
    expect(suggestClaimSentences(report, { limit: 1 })).toHaveLength(1);
    const [first] = suggestClaimSentences(report);
    const afterDismissal = suggestClaimSentences(report, {
      dismissed: new Set([first?.key ?? ""]),
    });
    expect(afterDismissal.map((suggestion) => suggestion.key)).not.toContain(first?.key);
    expect(afterDismissal.length).toBeGreaterThan(0);
  });

  it("suggests a repeated sentence once, and a dismissal hides every copy", () => {
    const footnote = "^١ يورونيوز، روسيا أول دولة تعترف رسمياً بحكومة طالبان، ٤ يوليو ٢٠٢٥";
    const reference = "يورونيوز، روسيا أول دولة تعترف رسمياً بحكومة طالبان، ٤ يوليو ٢٠٢٥.";
    const text = `${footnote}\n${reference}`;
    const suggestions = suggestClaimSentences(text);
    expect(suggestions.map((suggestion) => suggestion.text)).toEqual([footnote]);
    const dismissed = new Set(suggestions.map((suggestion) => suggestion.key));
    expect(suggestClaimSentences(text, { dismissed })).toEqual([]);
  });
});

describe("suggestionKey", () => {
  it("is stable across re-imports that change diacritics, digits, quotes and spacing", () => {
    const original = "وفقًا لموقع “نيزافيسيمايا غازيتا”، تقرر إرسال ٢٢ شخصا.";
    const reimported = 'وفقا لموقع "نيزافيسيمايا  غازيتا"، تقرر ارسال 22 شخصا';
    expect(suggestionKey(reimported)).toBe(suggestionKey(original));
    expect(suggestionKey(original)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("differs for different sentences", () => {
    expect(suggestionKey("تقرر إرسال 22 شخصا")).not.toBe(suggestionKey("تقرر إرسال 23 شخصا"));
  });
});

const reportsDir = path.resolve(__dirname, "../../../shared/reports");
const topSuggestions = 15;
const requiredShare = 0.7;

// Measures the suggestions against the desk's own demo claims: the share of
// claim quotes that a reviewer would find inside the top suggestions.
describe.skipIf(!fs.existsSync(reportsDir))("suggestions on the five reports", () => {
  it(`cover at least ${requiredShare * 100}% of the demo claims in the top ${topSuggestions}`, () => {
    let covered = 0;
    let total = 0;
    for (const demoReport of demoReports) {
      const text = fs.readFileSync(path.join(reportsDir, demoReport.file), "utf8");
      const suggestions = suggestClaimSentences(text, { limit: topSuggestions });
      const claims = demoClaims.filter((claim) => claim.reportKey === demoReport.key);
      const coveredHere = claims.filter((claim) => {
        const start = text.indexOf(claim.quote);
        const end = start + claim.quote.length;
        expect(start).toBeGreaterThanOrEqual(0);
        return suggestions.some((suggestion) => suggestion.start < end && suggestion.end > start);
      }).length;
      covered += coveredHere;
      total += claims.length;
      console.log(
        `claim suggestions ${demoReport.key} (${demoReport.file}): ${coveredHere}/${claims.length} demo claims covered (${percent(coveredHere, claims.length)})`,
      );
    }
    console.log(
      `claim suggestions overall: ${covered}/${total} demo claims covered (${percent(covered, total)})`,
    );
    expect(total).toBeGreaterThan(0);
    expect(covered / total).toBeGreaterThanOrEqual(requiredShare);
  });
});

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`;
}
