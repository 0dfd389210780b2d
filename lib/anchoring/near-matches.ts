/**
 * Places where a quote occurs approximately: a bounded edit-distance scan over the text and the
 * alignment that finds where each near match begins. It exists apart from the relocation rules
 * because it is pure string algorithmics — it finds candidates, it does not judge them.
 */

/** A place in the searched text and the edits it needs to read as the quote. */
export type Candidate = { start: number; end: number; errors: number };

/**
 * Places where the quote occurs with at most `maxErrors` edits: Sellers' search computed with
 * Myers' bit-parallel edit distance in 32-bit blocks, so quotes may be hundreds of characters
 * long. Blocks of the quote that cannot be within budget at a text position are skipped
 * (Ukkonen's cut-off), which keeps the pass near O(text × (maxErrors / 32 + 1)). Each run of
 * acceptable end positions is one place; its start is then found by a small backwards alignment.
 * The scan stops once it has found more than `maxPlaces` places.
 */
export function nearMatches(
  quote: string,
  text: string,
  maxErrors: number,
  maxPlaces: number,
): Candidate[] {
  const blocks = Math.ceil(quote.length / 32);
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < quote.length; i++) {
    const code = quote.charCodeAt(i);
    const mask = masks.get(code) ?? new Int32Array(blocks);
    mask[i >> 5] = (mask[i >> 5] ?? 0) | (1 << (i & 31));
    masks.set(code, mask);
  }
  const noMatch = new Int32Array(blocks);
  const height = (b: number) => (b === blocks - 1 ? quote.length - 32 * b : 32);
  // Per block: vertical deltas of +1 and of -1 down the column, and the edit count at its bottom.
  const plus = new Int32Array(blocks).fill(-1);
  const minus = new Int32Array(blocks);
  const bottom = Int32Array.from({ length: blocks }, (_, b) => 32 * b + height(b));
  const lastRows = Int32Array.from({ length: blocks }, (_, b) => 1 << (height(b) - 1));
  // Advances block b by one text character; returns the horizontal delta at its bottom row.
  const advance = (b: number, match: Int32Array, carry: number) => {
    const pv = plus[b]!;
    const mv = minus[b]!;
    const eq = match[b]! | (carry < 0 ? 1 : 0);
    const xv = match[b]! | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    const ph = mv | ~(xh | pv);
    const mh = pv & xh;
    const out = ph & lastRows[b]! ? 1 : mh & lastRows[b]! ? -1 : 0;
    const phIn = (ph << 1) | (carry > 0 ? 1 : 0);
    const mhIn = (mh << 1) | (carry < 0 ? 1 : 0);
    plus[b] = mhIn | ~(xv | phIn);
    minus[b] = phIn & xv;
    bottom[b]! += out;
    return out;
  };
  let active = Math.min(blocks - 1, Math.max(0, Math.ceil(maxErrors / 32) - 1));
  const runs: { end: number; errors: number; last: number }[] = [];
  for (let j = 0; j < text.length; j++) {
    const match = masks.get(text.charCodeAt(j)) ?? noMatch;
    let carry = 0;
    for (let b = 0; b <= active; b++) carry = advance(b, match, carry);
    const wasWithin = bottom[active]! - carry <= maxErrors;
    if (active < blocks - 1 && wasWithin && (match[active + 1]! & 1 || carry < 0)) {
      // The next block can now come within budget: restart it from the values just above it.
      active++;
      plus[active] = -1;
      minus[active] = 0;
      bottom[active] = bottom[active - 1]! - carry + height(active);
      advance(active, match, carry);
    } else {
      while (active > 0 && bottom[active]! >= maxErrors + 32) active--;
    }
    const errors = bottom[blocks - 1]!;
    if (active < blocks - 1 || errors > maxErrors) continue;
    const run = runs[runs.length - 1];
    if (run && run.last === j - 1) {
      run.last = j;
      if (errors < run.errors) Object.assign(run, { end: j + 1, errors });
    } else {
      runs.push({ end: j + 1, errors, last: j });
      if (runs.length > maxPlaces) break;
    }
  }
  // Neighbouring runs can describe one place with slightly different ends: keep the fewest edits.
  const places = runs
    .map(({ end, errors }) => ({ start: matchStart(quote, text, end, maxErrors), end, errors }))
    .sort((a, b) => a.errors - b.errors || a.start - b.start);
  const kept: Candidate[] = [];
  for (const place of places) {
    if (!kept.some((other) => place.start < other.end && other.start < place.end)) kept.push(place);
  }
  return kept;
}

/** Start of the best alignment of the quote that ends at `end`, preferring the quote's length. */
function matchStart(quote: string, text: string, end: number, maxErrors: number): number {
  const reach = Math.min(end, quote.length + maxErrors);
  // row[t]: edits between the quote's last i characters and the t characters before `end`.
  const row = Int32Array.from({ length: reach + 1 }, (_, t) => t);
  for (let i = 1; i <= quote.length; i++) {
    const code = quote.charCodeAt(quote.length - i);
    let diagonal = row[0]!;
    row[0] = i;
    for (let t = 1; t <= reach; t++) {
      const above = row[t]!;
      const substitution = diagonal + (text.charCodeAt(end - t) === code ? 0 : 1);
      row[t] = Math.min(substitution, above + 1, row[t - 1]! + 1);
      diagonal = above;
    }
  }
  let best = 0;
  for (let t = 1; t <= reach; t++) {
    const closer = Math.abs(t - quote.length) < Math.abs(best - quote.length);
    if (row[t]! < row[best]! || (row[t] === row[best] && closer)) best = t;
  }
  return end - best;
}
