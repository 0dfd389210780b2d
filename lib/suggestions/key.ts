/**
 * A stable key for a suggested sentence, so that a reviewer's "not a claim"
 * survives re-importing the same report, even when the new copy differs in
 * diacritics, digit style, quote marks or spacing. Not a security hash: it
 * only has to keep the sentences of one report apart.
 */
import { normaliseArabic } from "@/lib/text/arabic";

/** The sentence as compared for dismissals: normalised, letters and digits only. */
export function sentenceFingerprint(sentence: string): string {
  return normaliseArabic(sentence)
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

// Two FNV-1a passes with different offset bases give 64 bits, plenty to keep
// a few thousand sentences apart, without pulling in a hashing library.
function fnv1a(text: string, offsetBasis: number): number {
  let hash = offsetBasis;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function suggestionKey(sentence: string): string {
  const fingerprint = sentenceFingerprint(sentence);
  const high = fnv1a(fingerprint, 0x811c9dc5).toString(16).padStart(8, "0");
  const low = fnv1a(fingerprint, 0x050c5d1f).toString(16).padStart(8, "0");
  return `${high}${low}`;
}
