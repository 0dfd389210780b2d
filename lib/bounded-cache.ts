/**
 * A least-recently-used map bounded by a total weight (characters, bytes…)
 * rather than an entry count, for caches whose values vary widely in size.
 * An entry heavier than the whole bound is computed but not kept.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private total = 0;

  constructor(private readonly maxWeight: number) {}

  get size(): number {
    return this.entries.size;
  }

  get weight(): number {
    return this.total;
  }

  /** The cached value for `key`, or `compute()`'s, kept with the given weight. */
  getOrCompute(key: K, weight: number, compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting marks the entry most recently used
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    if (weight > this.maxWeight) return value;
    this.entries.set(key, { value, weight });
    this.total += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxWeight) break;
      this.entries.delete(oldest);
      this.total -= entry.weight;
    }
    return value;
  }
}
