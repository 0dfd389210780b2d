import { describe, expect, it } from "vitest";
import { distribute, seededRandom } from "./random";

describe("seededRandom", () => {
  it("gives the same sequence for the same seed, and another for another seed", () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return [random.next(), random.int(1, 100), random.uuid()];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("keeps integers within bounds, both inclusive", () => {
    const random = seededRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 5)));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  it("samples distinct values", () => {
    const sample = seededRandom(2).sample(50, 50);
    expect(new Set(sample).size).toBe(50);
    expect(Math.min(...sample)).toBe(0);
    expect(Math.max(...sample)).toBe(49);
    expect(() => seededRandom(2).sample(3, 4)).toThrow();
  });

  it("makes UUIDs Postgres accepts", () => {
    expect(seededRandom(3).uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe("distribute", () => {
  it("sums to the total exactly and respects the cap", () => {
    const counts = distribute(seededRandom(4), 20_000, 1_000, 50);
    expect(counts).toHaveLength(1_000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(Math.max(...counts)).toBeLessThanOrEqual(50);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(0);
  });

  it("is uneven, like a real desk", () => {
    const counts = distribute(seededRandom(5), 10_000, 1_000, 200);
    expect(Math.max(...counts)).toBeGreaterThan(2 * Math.min(...counts));
  });

  it("refuses a total that cannot fit", () => {
    expect(() => distribute(seededRandom(6), 101, 2, 50)).toThrow();
  });
});
