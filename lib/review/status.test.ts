import { describe, expect, it } from "vitest";
import type { ReliabilityGrade } from "@/db/schema";
import { createTranslator } from "next-intl";
import english from "@/lib/i18n/messages/en";
import {
  computeStatus,
  explainStatus,
  interquartileRange,
  median,
  type StatusVerdict,
} from "./status";

// the reasons as the English catalogue says them
const reasonsOf = createTranslator({
  locale: "en",
  messages: english,
  namespace: "review.reasons",
});
const explain = (verdict: StatusVerdict, label: string) =>
  explainStatus(verdict, label, (key, values) => reasonsOf(key, values));
const said = (verdict: StatusVerdict) => explain(verdict, "").slice(2).split("; ");

const rated = (...grades: string[]) =>
  grades.map((g) => ({ reliability: g[0] as ReliabilityGrade, credibility: Number(g[1]) }));
const base = { evidence: [], contradictingClaims: 0, quorum: 3 };

describe("computeStatus", () => {
  it("is unreviewed without ratings and in review below the quorum", () => {
    expect(computeStatus({ ...base, ratings: [] }).status).toBe("unreviewed");
    const two = computeStatus({ ...base, ratings: rated("B2", "B2") });
    expect(two.status).toBe("in_review");
    expect(said(two)).toEqual(["2 of the 3 ratings needed"]);
    expect(computeStatus({ ...base, quorum: 2, ratings: rated("B2", "B2") }).status).not.toBe(
      "in_review",
    );
  });

  it("is well sourced with a strong consensus and a supporting link, mixed without the link", () => {
    const ratings = rated("A1", "B2", "B2");
    const withLink = computeStatus({ ...base, ratings, evidence: [{ stance: "supports" }] });
    expect(withLink.status).toBe("well_sourced");
    expect(withLink.consensus).toMatchObject({ reliability: "B", credibility: 2 });
    const withoutLink = computeStatus({ ...base, ratings, evidence: [{ stance: "context" }] });
    expect(withoutLink).toMatchObject({ status: "mixed" });
    expect(said(withoutLink)).toContain("no supporting evidence linked yet");
  });

  it("is disputed when ratings spread, and says how", () => {
    const verdict = computeStatus({ ...base, ratings: rated("B2", "B3", "B5") });
    expect(verdict.status).toBe("disputed");
    expect(explain(verdict, "disputed")).toBe("disputed: credibility ratings span 2–5");
  });

  it("is disputed by contradicting evidence or a contradicting claim, even with good grades", () => {
    const ratings = rated("A1", "A1", "B2");
    const evidence = [{ stance: "supports" as const }, { stance: "contradicts" as const }];
    const verdict = computeStatus({ ...base, ratings, evidence, contradictingClaims: 1 });
    expect(explain(verdict, "disputed")).toBe(
      "disputed: one contradicting source; one contradicting claim",
    );
  });

  it("is weakly sourced when the consensus credibility is 4 or 5", () => {
    expect(computeStatus({ ...base, ratings: rated("C4", "C4", "D5") }).status).toBe(
      "weakly_sourced",
    );
  });

  it("leaves grades that cannot be judged (F, 6) out of the consensus", () => {
    const verdict = computeStatus({ ...base, ratings: rated("F6", "B2", "B2") });
    expect(verdict.consensus).toMatchObject({ reliability: "B", credibility: 2 });
    const none = computeStatus({ ...base, ratings: rated("F6", "F6", "F6") });
    expect(none.status).toBe("mixed");
    expect(none.consensus.reliability).toBeNull();
  });

  it("is mixed in between", () => {
    expect(computeStatus({ ...base, ratings: rated("C3", "C3", "C3") }).status).toBe("mixed");
  });
});

describe("computeStatus for a reader who has not rated (blind-first)", () => {
  const cases = [
    { ...base, ratings: rated("A1", "B2", "B2"), evidence: [{ stance: "supports" as const }] },
    { ...base, ratings: rated("A1", "E5", "B2") },
    { ...base, ratings: rated("B2", "B3", "B5") },
    { ...base, ratings: rated("C4", "C5", "D4") },
    { ...base, ratings: rated("A1", "B2", "B2") },
    { ...base, ratings: rated("C3", "C3", "D3") },
  ];

  it("reaches the same status, explained without a single grade", () => {
    for (const input of cases) {
      const seen = computeStatus(input);
      const blind = computeStatus(input, { blind: true });
      expect(blind.status).toBe(seen.status);
      expect(blind.reasons).toHaveLength(seen.reasons.length);
      for (const reason of said(blind)) expect(reason).not.toMatch(/[A-F][1-6]|\d–\d|[A-F]–[A-F]/);
    }
    // the wording a reader sees instead
    expect(explain(computeStatus(cases[0]!, { blind: true }), "well sourced")).toBe(
      "well sourced: consensus grade hidden until you rate; one supporting source",
    );
    expect(explain(computeStatus(cases[1]!, { blind: true }), "disputed")).toBe(
      "disputed: reliability ratings far apart; credibility ratings far apart",
    );
  });
});

describe("median and spread", () => {
  it("takes the weaker middle grade of an even count", () => {
    expect(median([1, 2])).toBe(2);
    expect(median([1, 2, 3])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(3);
  });

  it("measures the interquartile range on actual grades", () => {
    expect(interquartileRange([])).toBe(0);
    expect(interquartileRange([2, 2, 3])).toBe(1);
    expect(interquartileRange([1, 2, 5])).toBe(4);
    expect(interquartileRange([2, 2, 2, 2, 2, 2, 5])).toBe(0);
  });
});

describe("gradeWording", () => {
  it("reads as the Admiralty pair, including grades that cannot be judged", async () => {
    const { gradeWording } = await import("./grades");
    const { wordsOf } = await import("@/lib/i18n/translator");
    const english = wordsOf("en", "review.grades");
    expect(gradeWording(english, "B", 2)).toBe("B2: usually reliable source, probably true");
    expect(gradeWording(english, "F", 2)).toBe(
      "F2: source reliability cannot be judged, probably true",
    );
    expect(gradeWording(english, "A", 6)).toBe(
      "A6: completely reliable source, truth cannot be judged",
    );
  });

  it("reads in Arabic from the same catalogue the rating form defines the grades in", async () => {
    const { gradeMeaning, gradeWording } = await import("./grades");
    const { wordsOf } = await import("@/lib/i18n/translator");
    const arabic = wordsOf("ar", "review.grades");
    expect(gradeWording(arabic, "B", 2)).toBe("B2: مصدر موثوق عادةً، صحيحة على الأرجح");
    expect(gradeMeaning(arabic, "B", 2)).toBe("مصدر موثوق عادةً، صحيحة على الأرجح");
  });
});
