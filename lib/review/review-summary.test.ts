import { describe, expect, it } from "vitest";
import type { ReliabilityGrade } from "@/db/schema";
import { gradeSpread, summariseReview } from "./review-summary";
import { computeConsensus } from "./status";

const rated = (...grades: string[]) =>
  grades.map((g) => ({ reliability: g[0] as ReliabilityGrade, credibility: Number(g[1]) }));
const base = { evidence: [], contradictingClaims: 0, quorum: 3 };
const spreadOf = (...grades: string[]) => gradeSpread(computeConsensus(rated(...grades)));

describe("gradeSpread", () => {
  it("is the widest gap between judged grades on either scale", () => {
    expect(spreadOf()).toBe(0);
    expect(spreadOf("B2")).toBe(0);
    expect(spreadOf("A2", "D3")).toBe(3);
    expect(spreadOf("B1", "B5")).toBe(4);
    expect(spreadOf("A1", "E5", "C3")).toBe(4);
  });

  it("leaves out F and 6, which are no grade to disagree over", () => {
    expect(spreadOf("A1", "F6")).toBe(0);
    expect(spreadOf("B6", "F2", "D6")).toBe(2);
    expect(spreadOf("F6", "F6")).toBe(0);
  });
});

describe("summariseReview", () => {
  it("counts ratings and carries the status rule's verdict", () => {
    const { verdict, summary } = summariseReview({ ...base, ratings: rated("B2", "B3", "B5") });
    expect(summary).toEqual({
      status: "disputed",
      ratingCount: 3,
      gradeSpread: 3,
      contradicted: false,
    });
    expect(verdict.status).toBe(summary.status);
  });

  it("flags a contradicting claim or live contradicting evidence, not supporting or context", () => {
    const flagged = (input: Partial<Parameters<typeof summariseReview>[0]>) =>
      summariseReview({ ...base, ratings: [], ...input }).summary.contradicted;
    expect(flagged({})).toBe(false);
    expect(flagged({ evidence: [{ stance: "supports" }, { stance: "context" }] })).toBe(false);
    expect(flagged({ evidence: [{ stance: "contradicts" }] })).toBe(true);
    expect(flagged({ contradictingClaims: 1 })).toBe(true);
  });
});
