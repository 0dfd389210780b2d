import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoClaims } from "@/scripts/demo/claims";
import { demoReports } from "@/scripts/demo/reports";
import {
  englishWireReports,
  heldOutWireReports,
  type LabelledReport,
} from "@/scripts/testing/english-wire.fixtures";
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

describe("English suggestions carry something to check", () => {
  it("leaves out attribution verbs and place names around nothing checkable", () => {
    const text = [
      "Officials on both sides say they are committed to improving trade.",
      "Trade has been a recurring theme in talks with Kabul, where delegations meet every spring.",
      "Traders in Peshawar welcomed the decision but remain worried about future closures.",
      "The Taliban administration did not respond to a request for comment.",
    ].join(" ");
    expect(suggestClaimSentences(text)).toEqual([]);
  });

  it("suggests an act by a named actor without a number or a date, and says why", () => {
    const [suggestion] = suggestClaimSentences(
      "Analysts say the mood is calm. The Taliban's mines ministry signed a contract with a Chinese company to restart work at Mes Aynak.",
    );
    expect(suggestion?.text).toMatch(/^The Taliban's mines ministry signed/);
    expect(suggestion?.reasons).toContain("act by a named actor");
  });

  it("leaves out headlines, whose story the body tells", () => {
    expect(suggestClaimSentences("Taliban sign copper deal with Chinese firm")).toEqual([]);
  });

  // Precision: the share of suggested sentences a fact-checker labelled
  // checkable; recall: the share of checkable sentences suggested.
  const measure = (reports: readonly LabelledReport[]) => {
    let suggestedCheckable = 0;
    let suggested = 0;
    let checkable = 0;
    for (const report of reports) {
      const text = report.sentences.map(([sentence]) => sentence).join("\n");
      const shown = new Set(suggestClaimSentences(text, { limit: 1000 }).map((s) => s.text));
      for (const [sentence, isCheckable] of report.sentences) {
        if (isCheckable) checkable += 1;
        if (shown.has(sentence)) {
          suggested += 1;
          if (isCheckable) suggestedCheckable += 1;
        }
      }
    }
    return { precision: suggestedCheckable / suggested, recall: suggestedCheckable / checkable };
  };

  it.each([
    ["the reports the rules were written against", englishWireReports, 0.95, 0.95],
    ["reports written after the rules were settled", heldOutWireReports, 0.85, 0.9],
  ] as const)("are precise and complete on %s", (name, reports, minPrecision, minRecall) => {
    const { precision, recall } = measure(reports);
    console.log(
      `English suggestions, ${name}: precision ${percent(precision, 1)}, recall ${percent(recall, 1)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(minPrecision);
    expect(recall).toBeGreaterThanOrEqual(minRecall);
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
