/**
 * Marks the words of an existing claim that the claim being written also
 * has, so a reviewer sees at a glance why the desk thinks the two are the
 * same: words compared as lib/text/words folds them (hamza, diacritics,
 * article and case do not matter), numbers by value in either digit form.
 * Pure, for the client and the server.
 */
import { canonicalNumber } from "@/lib/text/values";
import { contentWord, tokenise } from "@/lib/text/words";

export type MarkedText = Array<{ text: string; shared: boolean }>;

export type DraftWords = { words: ReadonlySet<string>; numbers: ReadonlySet<string> };

const isNumber = (word: string) => /^[\p{N}]+(?:[.,٫٬][\p{N}]+)*$/u.test(word);

/** The words and numbers of a draft's statement and quote, to mark other texts by. */
export function draftWords(...texts: string[]): DraftWords {
  const words = new Set<string>();
  const numbers = new Set<string>();
  for (const text of texts) {
    for (const token of tokenise(text)) {
      if (isNumber(token.text)) numbers.add(canonicalNumber(token.text));
      else {
        const word = contentWord(token.text);
        if (word) words.add(word);
      }
    }
  }
  return { words, numbers };
}

/** `text` cut into runs, each shared with the draft or not; joined, the runs are `text`. */
export function markSharedWords(text: string, draft: DraftWords): MarkedText {
  const runs: MarkedText = [];
  const push = (piece: string, shared: boolean) => {
    if (piece === "") return;
    const last = runs.at(-1);
    if (last && last.shared === shared) last.text += piece;
    else runs.push({ text: piece, shared });
  };
  let at = 0;
  for (const token of tokenise(text)) {
    const word = isNumber(token.text) ? null : contentWord(token.text);
    const shared = isNumber(token.text)
      ? draft.numbers.has(canonicalNumber(token.text))
      : word !== null && draft.words.has(word);
    push(text.slice(at, token.start), false);
    push(text.slice(token.start, token.end), shared);
    at = token.end;
  }
  push(text.slice(at), false);
  return runs;
}
