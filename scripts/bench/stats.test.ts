import { describe, expect, it } from "vitest";
import { percentile, summariseLatencies } from "./stats";

describe("percentile", () => {
  it("is the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });
});

describe("summariseLatencies", () => {
  it("sorts before ranking and reports mean and max", () => {
    const summary = summariseLatencies([30, 10, 20, 40]);
    expect(summary).toEqual({ count: 4, mean: 25, p50: 20, p95: 40, p99: 40, max: 40 });
  });
});
