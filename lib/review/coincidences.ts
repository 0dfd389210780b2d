/**
 * The arithmetic under Krippendorff's alpha (./agreement.ts has the method and
 * its source): the scale of values in use, the coincidence matrix kept as
 * whole pair counts per unit size, and each metric's difference function.
 */
export type AlphaMetric = "nominal" | "ordinal" | "interval";

/** The distinct values in use, ascending; coincidences are indexed by position here. */
export class Scale {
  private readonly positions: Map<number, number>;

  private constructor(readonly values: readonly number[]) {
    this.positions = new Map(values.map((value, index) => [value, index]));
  }

  static of(values: Iterable<number | null>): Scale {
    const distinct = new Set<number>();
    for (const value of values) {
      if (value === null) continue;
      if (!Number.isFinite(value)) throw new RangeError(`Not a finite value: ${value}`);
      distinct.add(value);
    }
    return new Scale([...distinct].sort((a, b) => a - b));
  }

  get size() {
    return this.values.length;
  }

  indexOf(value: number): number {
    return this.positions.get(value)!;
  }
}

type Counts = ArrayLike<number>;

/**
 * The coincidence matrix, before dividing by m_u − 1: for each unit size m,
 * pairsBySize[m][c·V + k] = Σ over units of size m of n_uc · (n_uk − [c = k]),
 * the number of ordered pairs (c, k) of values from different coders. Whole
 * numbers, so adding and removing units is exact.
 */
export class Coincidences {
  private readonly pairsBySize: Array<Float64Array | undefined> = [];
  /** n_c: how many pairable values each value index has */
  private readonly totals: Float64Array;

  constructor(private readonly size: number) {
    this.totals = new Float64Array(size);
  }

  /**
   * Adds (sign 1) or removes (sign −1) the pairs of one unit, whose distinct
   * values and their counts sit at [from, to) of `index` and `count`; `less`
   * takes one occurrence of that value index out first (−1: none), and `size`
   * is the unit's number of values after that. A unit of fewer than 2 values
   * has no pairs.
   */
  addUnit(
    index: Counts,
    count: Counts,
    from: number,
    to: number,
    size: number,
    sign: 1 | -1,
    less = -1,
  ): void {
    if (size < 2) return;
    const V = this.size;
    const pairs = (this.pairsBySize[size] ??= new Float64Array(V * V));
    for (let i = from; i < to; i++) {
      const c = index[i]!;
      const nc = count[i]! - (c === less ? 1 : 0);
      if (nc === 0) continue;
      this.totals[c]! += sign * nc;
      const row = c * V;
      for (let j = from; j < to; j++) {
        const k = index[j]!;
        const nk = count[j]! - (k === less ? 1 : 0);
        pairs[row + k]! += sign * nc * (i === j ? nk - 1 : nk);
      }
    }
  }

  /** α of the sum of several tables (everyone's, and a coder's change to it). */
  static alpha(tables: Coincidences[], scale: Scale, metric: AlphaMetric): number | null {
    const V = scale.size;
    const totals = new Float64Array(V);
    // o_ck = Σ over unit sizes m of pairs / (m − 1)
    const observed = new Float64Array(V * V);
    for (const table of tables) {
      for (let c = 0; c < V; c++) totals[c]! += table.totals[c]!;
    }
    // whole pair counts summed before dividing, so a change read with
    // everyone's table gives exactly what recomputing without the coder would
    const largest = Math.max(...tables.map((table) => table.pairsBySize.length));
    for (let m = 2; m < largest; m++) {
      const buckets = tables.flatMap((table) => table.pairsBySize[m] ?? []);
      if (buckets.length === 0) continue;
      for (let at = 0; at < V * V; at++) {
        let pairs = 0;
        for (const bucket of buckets) pairs += bucket[at]!;
        observed[at]! += pairs / (m - 1);
      }
    }
    let n = 0;
    for (let c = 0; c < V; c++) n += totals[c]!;
    if (n < 2) return null;

    const distance = differenceFunction(metric, scale.values, totals);
    let disagreementObserved = 0;
    let disagreementExpected = 0;
    for (let c = 0; c < V; c++) {
      for (let k = 0; k < V; k++) {
        if (c === k) continue;
        const d = distance(c, k);
        disagreementObserved += observed[c * V + k]! * d;
        disagreementExpected += totals[c]! * totals[k]! * d;
      }
    }
    if (disagreementExpected === 0) return null;
    return 1 - ((n - 1) * disagreementObserved) / disagreementExpected;
  }
}

/** δ²_ck between the value indexes c and k; 0 on the diagonal for every metric. */
function differenceFunction(
  metric: AlphaMetric,
  values: readonly number[],
  totals: Float64Array,
): (c: number, k: number) => number {
  switch (metric) {
    case "nominal":
      return (c, k) => (c === k ? 0 : 1);
    case "interval":
      return (c, k) => (values[c]! - values[k]!) ** 2;
    case "ordinal": {
      // below[g] = Σ_{h<g} n_h, so Σ_{g=c..k} n_g = below[k + 1] − below[c] for c ≤ k
      const below = new Float64Array(totals.length + 1);
      for (let g = 0; g < totals.length; g++) below[g + 1] = below[g]! + totals[g]!;
      return (c, k) => {
        const [low, high] = c <= k ? [c, k] : [k, c];
        const between = below[high + 1]! - below[low]!;
        return (between - (totals[low]! + totals[high]!) / 2) ** 2;
      };
    }
  }
}
