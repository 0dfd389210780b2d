import { describe, expect, it, vi } from "vitest";
import { BoundedCache } from "./bounded-cache";

describe("BoundedCache", () => {
  it("computes a value once and serves it again", () => {
    const cache = new BoundedCache<string, number>(100);
    const compute = vi.fn(() => 42);
    expect(cache.getOrCompute("a", 1, compute)).toBe(42);
    expect(cache.getOrCompute("a", 1, compute)).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("drops the least recently used entries once the weight is over the bound", () => {
    const cache = new BoundedCache<string, string>(10);
    cache.getOrCompute("a", 4, () => "A");
    cache.getOrCompute("b", 4, () => "B");
    cache.getOrCompute("a", 4, () => "A again"); // a is now the most recently used
    cache.getOrCompute("c", 4, () => "C"); // 12 > 10: b goes
    expect(cache.weight).toBe(8);
    expect(cache.getOrCompute("a", 4, () => "recomputed")).toBe("A");
    expect(cache.getOrCompute("b", 4, () => "B recomputed")).toBe("B recomputed");
  });

  it("does not keep an entry heavier than the whole bound", () => {
    const cache = new BoundedCache<string, string>(10);
    cache.getOrCompute("small", 2, () => "s");
    expect(cache.getOrCompute("huge", 11, () => "h")).toBe("h");
    expect(cache.size).toBe(1);
    expect(cache.weight).toBe(2);
  });
});
