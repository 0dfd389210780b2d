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

import { Coincidences, Scale, type AlphaMetric } from "./coincidences";

export type { AlphaMetric };

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
