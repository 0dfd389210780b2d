import { describe, expect, it } from "vitest";
import type { ReliabilityGrade } from "@/db/schema";
import { summariseReview } from "./review-summary";

const rated = (...grades: string[]) =>
  grades.map((g) => ({ reliability: g[0] as ReliabilityGrade, credibility: Number(g[1]) }));
const base = { evidence: [], contradictingClaims: 0, quorum: 3 };

describe("summariseReview", () => {
  it("counts ratings and carries the status rule's verdict", () => {
    const { verdict, summary } = summariseReview({ ...base, ratings: rated("B2", "B3", "B5") });
    expect(summary).toEqual({
      status: "disputed",
      ratingCount: 3,
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
