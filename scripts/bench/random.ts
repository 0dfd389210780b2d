/**
 * A small seeded random source (mulberry32) for the benchmark's generator: the
 * same seed gives the same desk, row for row, on every machine, so figures
 * from two runs measure the code and not the dice.
 */
export type Random = {
  /** uniform in [0, 1) */
  next(): number;
  /** an integer in [min, max], both inclusive */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** k distinct integers from [0, n), in random order */
  sample(n: number, k: number): number[];
  /** a version-4-shaped UUID drawn from this source */
  uuid(): string;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (probability) => next() < probability,
    sample: (n, k) => {
      if (k > n) throw new Error(`cannot sample ${k} distinct values from ${n}`);
      // partial Fisher–Yates over a sparse map: O(k) whatever n is
      const swapped = new Map<number, number>();
      const chosen: number[] = [];
      for (let i = 0; i < k; i++) {
        const j = int(i, n - 1);
        const atJ = swapped.get(j) ?? j;
        swapped.set(j, swapped.get(i) ?? i);
        chosen.push(atJ);
      }
      return chosen;
    },
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
      hex[12] = "4";
      hex[16] = "89ab"[Math.floor(next() * 4)]!;
      const s = hex.join("");
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
  };
}

/**
 * Splits `total` into `parts` whole counts, each between 0 and `max`, uneven
 * the way real desks are (a few busy claims, many quiet ones) and summing to
 * exactly `total`.
 */
export function distribute(random: Random, total: number, parts: number, max: number): number[] {
  if (total > parts * max) throw new Error(`${total} does not fit in ${parts} parts of ${max}`);
  // squared uniform weights: a long tail of busy claims
  const weights = Array.from({ length: parts }, () => 0.15 + random.next() ** 2);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.min(max, Math.floor((total * w) / sum)));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  while (missing > 0) {
    const i = random.int(0, parts - 1);
    if (counts[i]! < max) {
      counts[i]!++;
      missing--;
    }
  }
  return counts;
}
