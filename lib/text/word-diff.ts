/**
 * A word-level diff of two passages, for showing how a quoted paragraph
 * changed between two captures of a page. Words are compared through the
 * desk's Arabic folding (normaliseArabic: hamza, diacritics, digits, case),
 * so a page that only re-spelt a hamza or switched to Arabic-Indic digits
 * shows no change; the words shown are the page's own. Pure: the dashboard
 * computes it on the server and the tests call it directly.
 */
import { normaliseArabic } from "./arabic";

export type DiffPart = { change: "same" | "removed" | "added"; text: string };

/** Beyond this many word pairs the table costs more than it tells: the passage is shown replaced. */
const MAX_CELLS = 4_000_000;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== "");
}

/**
 * The longest common subsequence of the two word lists (dynamic
 * programming over suffixes), walked from the start so that the parts come
 * out in reading order.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const old = wordsOf(before);
  const now = wordsOf(after);
  const oldKeys = old.map(normaliseArabic);
  const nowKeys = now.map(normaliseArabic);
  const parts: DiffPart[] = [];
  const push = (change: DiffPart["change"], word: string) => {
    const last = parts.at(-1);
    if (last && last.change === change) last.text = `${last.text} ${word}`;
    else parts.push({ change, text: word });
  };
  if (old.length * now.length > MAX_CELLS) {
    old.forEach((word) => push("removed", word));
    now.forEach((word) => push("added", word));
    return parts;
  }

  const width = now.length + 1;
  // common[i * width + j]: length of the LCS of old[i..] and now[j..]
  const common = new Uint32Array((old.length + 1) * width);
  for (let i = old.length - 1; i >= 0; i -= 1) {
    for (let j = now.length - 1; j >= 0; j -= 1) {
      common[i * width + j] =
        oldKeys[i] === nowKeys[j]
          ? common[(i + 1) * width + j + 1]! + 1
          : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < old.length || j < now.length) {
    if (i < old.length && j < now.length && oldKeys[i] === nowKeys[j]) {
      push("same", now[j]!);
      i += 1;
      j += 1;
    } else if (
      i < old.length &&
      (j === now.length || common[(i + 1) * width + j]! >= common[i * width + j + 1]!)
    ) {
      // what went comes before what replaced it
      push("removed", old[i]!);
      i += 1;
    } else {
      push("added", now[j]!);
      j += 1;
    }
  }
  return parts;
}

/** True when the two passages differ in some word (as folded). */
export function hasWordChanges(parts: DiffPart[]): boolean {
  return parts.some((part) => part.change !== "same");
}
