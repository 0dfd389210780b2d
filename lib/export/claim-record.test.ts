import { describe, expect, it } from "vitest";
import { computeConsensus } from "@/lib/review/status";
import { agreementWording, toExportClaim, type ClaimRow } from "./claim-record";
import { exportWordsOf } from "./export-words";

const grades = (...pairs: Array<[string, number]>) =>
  pairs.map(([reliability, credibility]) => ({
    reliability: reliability as "A" | "B" | "C" | "D" | "E" | "F",
    credibility,
  }));
const wording = (ratings: ReturnType<typeof grades>) =>
  agreementWording(ratings.length, computeConsensus(ratings));

describe("agreement in words", () => {
  it("counts reviewers and says how far apart their grades are", () => {
    expect(wording([])).toBe("not rated yet");
    expect(wording(grades(["B", 2]))).toBe("1 reviewer");
    expect(wording(grades(["B", 2], ["B", 2]))).toBe("2 reviewers, identical grades");
    expect(wording(grades(["B", 2], ["C", 2], ["B", 3]))).toBe(
      "3 reviewers, grades within one step",
    );
    expect(wording(grades(["B", 2], ["E", 2], ["B", 5]))).toBe(
      "3 reviewers, grades up to three steps apart (reliability B–E, credibility 2–5)",
    );
  });

  it("leaves out grades nobody could judge", () => {
    expect(wording(grades(["F", 6], ["F", 6]))).toBe("2 reviewers, none could judge the source");
    expect(wording(grades(["B", 2], ["F", 6]))).toBe("2 reviewers, identical grades");
  });
});

describe("an export claim", () => {
  const row: ClaimRow = {
    id: 5,
    statement: "A statement.",
    statementLanguage: "en",
    quote: "اقتباس",
    quoteLanguage: "ar",
    attribution: "",
    eventDate: "2025-09-01",
    eventDatePrecision: "month",
    status: "in_review",
    reportId: 1,
    reportTitle: "Report",
    reportOutlet: null,
    reportUrl: null,
    reportPublishedOn: null,
    verdict: null,
    verdictRationale: null,
    verdictDecidedAt: null,
    verdictDecidedBy: null,
  };

  it("carries the consensus grade in Admiralty words, reading an unjudged scale as such", () => {
    const claim = toExportClaim(
      row,
      {
        ratings: grades(["F", 2], ["F", 3], ["F", 2]),
        evidence: [],
        contradictedBy: [],
        entities: [],
        sources: [],
      },
      "https://desk.example.org",
      exportWordsOf({ interfaceLanguage: "en", digitStyle: "western" }),
    );
    expect(claim.sourcing).toMatchObject({
      reviewers: 3,
      reliability: null,
      credibility: 2,
      grade: "F2: source reliability cannot be judged, probably true",
    });
    expect(claim.permalink).toBe("https://desk.example.org/claims/5");
    expect(claim.eventDate).toEqual({ date: "2025-09-01", precision: "month", label: "Sep 2025" });
    expect(claim.verdict).toBeNull();
  });

  it("words the grade and the verdict in the exporting editor's language", () => {
    const decided = {
      ...row,
      verdict: "misleading" as const,
      verdictRationale: "…",
      verdictDecidedAt: new Date("2025-10-01T09:00:00Z"),
      verdictDecidedBy: "Editor",
    };
    const extras = {
      ratings: grades(["B", 2], ["B", 2]),
      evidence: [],
      contradictedBy: [],
      entities: [],
      sources: [],
    };
    const inArabic = toExportClaim(
      decided,
      extras,
      "https://desk.example.org",
      exportWordsOf({ interfaceLanguage: "ar", digitStyle: "western" }),
    );
    expect(inArabic.sourcing.grade).toBe("B2: مصدر موثوق عادةً، صحيحة على الأرجح");
    expect(inArabic.verdict).toMatchObject({ verdict: "misleading", label: "مضلِّل" });
    expect(inArabic.sourcing.agreement).toBe("مراجِعان");
    const inEnglish = toExportClaim(
      decided,
      extras,
      "https://desk.example.org",
      // an account that never chose a language exports in the desk's default
      exportWordsOf({ interfaceLanguage: null, digitStyle: "western" }),
    );
    expect(inEnglish.verdict).toMatchObject({ verdict: "misleading", label: "Misleading" });
    expect(inEnglish.sourcing.agreement).toBe("2 reviewers, identical grades");
  });
});
