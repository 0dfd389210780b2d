/**
 * Krippendorff's alpha, computed through the coincidence matrix as in
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability"
 * (Annenberg School for Communication, repository.upenn.edu/asc_papers/43).
 *
 * Units are the things judged (here: claims); each carries the values the
 * coders (reviewers) gave it, `null` where a coder gave none or could not
 * judge. Only units with at least two values are pairable.
 *
 *   Coincidences: a unit u with m_u values contributes, for every ordered
 *   pair of its values from different coders (c from one, k from another),
 *   1 / (m_u − 1) to o_ck. So each pairable value adds exactly 1 to its row:
 *     n_c = Σ_k o_ck   (how often value c was pairable),  n = Σ_c n_c.
 *
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *
 *   with the difference function δ² of the metric:
 *     nominal   δ²_ck = 0 if c = k, else 1
 *     ordinal   δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k) / 2)²   (ranks weighted by
 *               how often each value was used, so only the order matters)
 *     interval  δ²_ck = (c − k)²
 *
 * α is undefined (null here) when nothing is pairable or when every pairable
 * value is the same: with no variation there is no disagreement to expect,
 * and D_e is 0.
 *
 * For "how would agreement look without this reviewer" the matrix is not
 * rebuilt per reviewer: only the units a reviewer coded change, so each
 * reviewer's variant costs the size of their own work, and all of them
 * together cost one more pass over the data. The matrix is kept as integer
 * pair counts per unit size and divided by m_u − 1 only at the end, so
 * taking a unit out and putting its smaller self back is exact.
 */

export type AlphaMetric = "nominal" | "ordinal" | "interval";

/**
 * One coder's row of the reliability data matrix: the units they coded (as
 * integer ids) and the value they gave each, `null` where they could not judge.
 */
export type CoderValues = {
  coder: string;
  units: ArrayLike<number>;
  values: ArrayLike<number | null>;
};

export type AlphaByCoder = {
  /** alpha over every coder's values */
  alpha: number | null;
  /** alpha over everyone's values but this coder's, for each coder */
  withoutCoder: Map<string, number | null>;
  /** what alpha rests on: units with at least two values, and the values in them */
  pairable: { units: number; values: number };
};

/** α over a reliability data matrix laid out by unit: one array of values per unit. */
export function krippendorffAlpha(
  units: ReadonlyArray<ReadonlyArray<number | null>>,
  metric: AlphaMetric,
): number | null {
  const scale = Scale.of(units.flat());
  const table = new Coincidences(scale.size);
  for (const unit of units) {
    const index: number[] = [];
    const count: number[] = [];
    let size = 0;
    for (const value of unit) {
      if (value === null) continue;
      const v = scale.indexOf(value);
      const at = index.indexOf(v);
      if (at === -1) {
        index.push(v);
        count.push(1);
      } else {
        count[at]!++;
      }
      size++;
    }
    table.addUnit(index, count, 0, index.length, size, 1);
  }
  return Coincidences.alpha([table], scale, metric);
}

/**
 * α over the coders' values, and α with each coder left out in turn. As in a
 * reliability data matrix, a coder gives a unit at most one value (a
 * RangeError otherwise). Coders and units may come in any order.
 */
export function krippendorffAlphaByCoder(
  coders: ReadonlyArray<CoderValues>,
  metric: AlphaMetric,
): AlphaByCoder {
  const scale = Scale.of(coders.flatMap((coder) => Array.from(coder.values)));

  // The non-null values as parallel typed arrays (unit number, value index),
  // coder by coder: no object per value, for 200,000 ratings.
  const unitNumbers = new Map<number, number>();
  const coderFirst = new Int32Array(coders.length + 1);
  let judged = 0;
  for (const { values } of coders) {
    for (let i = 0; i < values.length; i++) if (values[i] !== null) judged++;
  }
  const valueUnit = new Int32Array(judged);
  const valueIndex = new Int32Array(judged);
  judged = 0;
  coders.forEach(({ units, values }, r) => {
    if (units.length !== values.length) {
      throw new RangeError(
        `Coder ${coders[r]!.coder} has ${units.length} units but ${values.length} values`,
      );
    }
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      if (value === null) continue;
      let u = unitNumbers.get(units[i]!);
      if (u === undefined) unitNumbers.set(units[i]!, (u = unitNumbers.size));
      valueUnit[judged] = u;
      valueIndex[judged++] = scale.indexOf(value);
    }
    coderFirst[r + 1] = judged;
  });
  const unitCount = unitNumbers.size;

  // Each unit's tally: its distinct values and how often each occurs, stored
  // for unit u at tallyStart[u] … tallyStart[u + 1] − 1.
  const unitSize = new Int32Array(unitCount);
  for (let i = 0; i < judged; i++) unitSize[valueUnit[i]!]!++;
  const tallyStart = new Int32Array(unitCount + 1);
  const tallyIndex = new Int32Array(judged);
  const tallyCount = new Int32Array(judged);
  {
    const unitFirst = new Int32Array(unitCount + 1);
    for (let u = 0; u < unitCount; u++) unitFirst[u + 1] = unitFirst[u]! + unitSize[u]!;
    const cursor = unitFirst.slice(0, unitCount);
    const byUnit = new Int32Array(judged);
    for (let i = 0; i < judged; i++) byUnit[cursor[valueUnit[i]!]!++] = i;
    let end = 0;
    for (let u = 0; u < unitCount; u++) {
      tallyStart[u] = end;
      for (let at = unitFirst[u]!; at < unitFirst[u + 1]!; at++) {
        const v = valueIndex[byUnit[at]!]!;
        let j = tallyStart[u]!;
        while (j < end && tallyIndex[j] !== v) j++;
        if (j === end) {
          tallyIndex[end] = v;
          tallyCount[end++] = 1;
        } else {
          tallyCount[j]!++;
        }
      }
    }
    tallyStart[unitCount] = end;
  }
  const addUnit = (table: Coincidences, u: number, sign: 1 | -1, less = -1) =>
    table.addUnit(
      tallyIndex,
      tallyCount,
      tallyStart[u]!,
      tallyStart[u + 1]!,
      unitSize[u]! - (less === -1 ? 0 : 1),
      sign,
      less,
    );

  const everyone = new Coincidences(scale.size);
  for (let u = 0; u < unitCount; u++) addUnit(everyone, u, 1);

  // Leaving a coder out swaps each of their units for the unit less their
  // value: the change goes into a table of its own, read together with
  // everyone's, so no coder's variant costs more than their own work.
  const seenBy = new Int32Array(unitCount).fill(-1);
  const withoutCoder = new Map<string, number | null>();
  coders.forEach(({ coder }, r) => {
    const change = new Coincidences(scale.size);
    for (let i = coderFirst[r]!; i < coderFirst[r + 1]!; i++) {
      const u = valueUnit[i]!;
      if (seenBy[u] === r) throw new RangeError(`Coder ${coder} gave a unit more than one value`);
      seenBy[u] = r;
      addUnit(change, u, -1);
      addUnit(change, u, 1, valueIndex[i]!);
    }
    withoutCoder.set(coder, Coincidences.alpha([everyone, change], scale, metric));
  });

  let pairableUnits = 0;
  let pairableValues = 0;
  for (let u = 0; u < unitCount; u++) {
    if (unitSize[u]! < 2) continue;
    pairableUnits++;
    pairableValues += unitSize[u]!;
  }
  return {
    alpha: Coincidences.alpha([everyone], scale, metric),
    withoutCoder,
    pairable: { units: pairableUnits, values: pairableValues },
  };
}

/** The distinct values in use, ascending; coincidences are indexed by position here. */
class Scale {
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
class Coincidences {
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
