import { describe, expect, it } from "vitest";
import { krippendorffAlpha, krippendorffAlphaByCoder, type CoderValues } from "./agreement";

const _ = null;

/**
 * The worked example of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", section C: 4 observers, 12 units, values 1–5, with
 * missing values. Unit 12 has one value and drops out, leaving n = 40
 * pairable values. The paper gives α_nominal = 0.743, α_ordinal = 0.815 and
 * α_interval = 0.849; in closed form nominal is 1 − (n − 1)·Σ_{c≠k} o_ck / (n² − Σn_c²) =
 * 1 − 39·8/(1600 − 384) and interval is 951/1120.
 */
const observers = {
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  C: [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
};
const byUnit = (matrix: Record<string, Array<number | null>>) =>
  Array.from({ length: 12 }, (_unused, unit) => Object.values(matrix).map((row) => row[unit]!));
const paperUnits = byUnit(observers);
const byCoder = (matrix: Record<string, Array<number | null>>): CoderValues[] =>
  Object.entries(matrix).map(([coder, values]) => ({
    coder,
    units: values.map((_value, unit) => unit),
    values,
  }));
const paperCoders = byCoder(observers);

describe("Krippendorff's alpha", () => {
  it("reproduces the published values of Krippendorff (2011)", () => {
    expect(krippendorffAlpha(paperUnits, "nominal")).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(paperUnits, "ordinal")).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(paperUnits, "interval")).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(paperUnits, "nominal")).toBeCloseTo(1 - 312 / 1216, 12);
    expect(krippendorffAlpha(paperUnits, "interval")).toBeCloseTo(951 / 1120, 12);
  });

  /*
   * Hand-computed: two coders, five units (1,1) (1,1) (2,2) (3,3) (2,3).
   *
   *   Coincidences (each unit has m = 2, so every pair weighs 1/(2−1) = 1):
   *     o_11 = 4, o_22 = 2, o_33 = 2, o_23 = o_32 = 1, all others 0
   *     n_1 = 4, n_2 = 3, n_3 = 3, n = 10
   *
   *   nominal:  Σ o δ² = o_23 + o_32 = 2
   *             Σ n_c n_k δ² = 2·(4·3 + 4·3 + 3·3) = 66
   *             α = 1 − 9·2/66 = 8/11 ≈ 0.7273
   *   interval: Σ o δ² = 2·1² = 2
   *             Σ n_c n_k δ² = 2·(12·1² + 12·2² + 9·1²) = 138
   *             α = 1 − 9·2/138 = 20/23 ≈ 0.8696
   *   ordinal:  δ²_12 = (4 + 3 − (4 + 3)/2)² = 3.5² = 12.25
   *             δ²_23 = (3 + 3 − (3 + 3)/2)² = 3² = 9
   *             δ²_13 = (4 + 3 + 3 − (4 + 3)/2)² = 6.5² = 42.25
   *             Σ o δ² = 2·9 = 18
   *             Σ n_c n_k δ² = 2·(12·12.25 + 12·42.25 + 9·9) = 1470
   *             α = 1 − 9·18/1470 = 218/245 ≈ 0.8898
   */
  const small = [
    [1, 1],
    [1, 1],
    [2, 2],
    [3, 3],
    [2, 3],
  ];

  it("matches a small case computed by hand", () => {
    expect(krippendorffAlpha(small, "nominal")).toBeCloseTo(8 / 11, 12);
    expect(krippendorffAlpha(small, "interval")).toBeCloseTo(20 / 23, 12);
    expect(krippendorffAlpha(small, "ordinal")).toBeCloseTo(218 / 245, 12);
  });

  it("is 1 for perfect agreement, with missing values and units of different sizes", () => {
    const perfect = [[1, 1, 1], [2, 2], [3, _, 3], [5, 5, _], [4]];
    for (const metric of ["nominal", "ordinal", "interval"] as const) {
      expect(krippendorffAlpha(perfect, metric)).toBe(1);
    }
  });

  it("is near 0 when values pair as chance would pair them, and below 0 when systematically apart", () => {
    // every value meets every value equally often; the small-sample correction
    // (n − 1 where chance uses n) leaves 1 − 7·4/32 = 1/8 rather than exactly 0
    const chance = [
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ];
    expect(krippendorffAlpha(chance, "nominal")).toBeCloseTo(1 / 8, 12);
    expect(
      krippendorffAlpha(
        [
          [1, 2],
          [2, 1],
        ],
        "nominal",
      ),
    ).toBeLessThan(0);
  });

  it("is undefined (null) without pairable values or without variation", () => {
    expect(krippendorffAlpha([], "ordinal")).toBeNull();
    expect(krippendorffAlpha([[_, _], [_]], "ordinal")).toBeNull();
    // one value per unit: nothing to pair
    expect(krippendorffAlpha([[1, _], [_, 2], [3]], "ordinal")).toBeNull();
    // every pairable value the same: no disagreement is possible, D_e = 0
    expect(krippendorffAlpha([[2, 2], [2, 2, 2], [5]], "ordinal")).toBeNull();
  });

  it("drops units with a single value", () => {
    expect(krippendorffAlpha([...small, [5], [_, 4]], "ordinal")).toBeCloseTo(218 / 245, 12);
  });

  it("ordinal alpha depends only on the order of the values, interval alpha on their distances", () => {
    const stretched = new Map([
      [1, 10],
      [2, 20],
      [3, 35],
      [4, 70],
      [5, 100],
    ]);
    const relabelled = paperUnits.map((unit) =>
      unit.map((value) => (value === null ? null : stretched.get(value)!)),
    );
    expect(krippendorffAlpha(relabelled, "ordinal")).toBeCloseTo(0.8153875, 6);
    expect(krippendorffAlpha(relabelled, "interval")).not.toBeCloseTo(0.849, 3);
  });

  it("refuses values that are not finite numbers", () => {
    expect(() => krippendorffAlpha([[1, Number.NaN]], "ordinal")).toThrow(RangeError);
  });
});

describe("alpha with each coder left out", () => {
  it("agrees with alpha over everyone, and with alpha recomputed without each observer", () => {
    for (const metric of ["nominal", "ordinal", "interval"] as const) {
      const { alpha, withoutCoder, pairable } = krippendorffAlphaByCoder(paperCoders, metric);
      expect(alpha).toBeCloseTo(krippendorffAlpha(paperUnits, metric)!, 12);
      expect(pairable).toEqual({ units: 11, values: 40 });
      expect([...withoutCoder.keys()]).toEqual(["A", "B", "C", "D"]);
      for (const left of Object.keys(observers)) {
        const others = Object.fromEntries(
          Object.entries(observers).filter(([coder]) => coder !== left),
        );
        expect(withoutCoder.get(left)).toBeCloseTo(krippendorffAlpha(byUnit(others), metric)!, 12);
      }
    }
  });

  it("shows who pulls agreement down: leaving out the odd one out raises alpha", () => {
    // ana, ben and cy agree on every claim; dee reads the scale the other way round
    const agreed = [1, 2, 3, 4, 5, 3];
    const { alpha, withoutCoder } = krippendorffAlphaByCoder(
      byCoder({ ana: agreed, ben: agreed, cy: agreed, dee: [5, 4, 3, 2, 1, 3] }),
      "ordinal",
    );
    expect(withoutCoder.get("dee")).toBe(1);
    for (const coder of ["ana", "ben", "cy"]) expect(withoutCoder.get(coder)).toBeLessThan(alpha!);
  });

  it("gives null when leaving a coder out leaves nothing pairable, and keeps coders with no judged values", () => {
    const coders: CoderValues[] = [
      { coder: "ana", units: [10, 20], values: [1, 3] },
      { coder: "ben", units: [20, 10], values: [3, 2] },
      { coder: "cy", units: [20], values: [null] },
    ];
    const { alpha, withoutCoder, pairable } = krippendorffAlphaByCoder(coders, "ordinal");
    expect(alpha).toBeCloseTo(
      krippendorffAlpha(
        [
          [1, 2],
          [3, 3, _],
        ],
        "ordinal",
      )!,
      12,
    );
    expect(pairable).toEqual({ units: 2, values: 4 });
    expect(withoutCoder.get("ana")).toBeNull();
    expect(withoutCoder.get("ben")).toBeNull();
    expect(withoutCoder.get("cy")).toBe(alpha);
  });

  it("refuses a coder giving one unit two values", () => {
    const twice: CoderValues[] = [
      { coder: "ana", units: [1, 1], values: [1, 2] },
      { coder: "ben", units: [1], values: [1] },
    ];
    expect(() => krippendorffAlphaByCoder(twice, "ordinal")).toThrow(RangeError);
  });

  it("is undefined for no values at all", () => {
    expect(krippendorffAlphaByCoder([], "ordinal")).toEqual({
      alpha: null,
      withoutCoder: new Map(),
      pairable: { units: 0, values: 0 },
    });
  });
});
