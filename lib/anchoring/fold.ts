/**
 * A folded copy of a text — whitespace runs collapsed; Arabic diacritics, tatweel and invisible
 * marks removed — with the way back to the original's offsets. It exists so a quote can be matched
 * as a reader sees it, then highlighted at exactly the characters it covers in the report.
 */
import { isHighSurrogate, isLowSurrogate } from "./anchor";

export type Folded = { text: string; origin: Int32Array };

/**
 * The text as a reader sees it: whitespace runs become one space; Arabic diacritics
 * (U+064B–U+065F, U+0670), tatweel and invisible format marks disappear. `origin[i]` is the
 * report offset of folded character i, so a match in the folded text maps back to the report.
 */
export function fold(text: string): Folded {
  const codes = new Uint16Array(text.length);
  const origin = new Int32Array(text.length);
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = foldClass(code);
    if (kind === DROP || kind === MARK) continue;
    const space = kind === SPACE;
    if (space && inSpace) continue;
    inSpace = space;
    codes[length] = space ? 0x20 : code;
    origin[length++] = i;
  }
  return { text: utf16.decode(codes.subarray(0, length)), origin: origin.subarray(0, length) };
}

/**
 * The report range behind folded range [start, end): edge spaces trimmed, trailing diacritics and
 * tatweel kept with their letter, and surrogate pairs never split.
 */
export function toReportRange(
  text: string,
  report: Folded,
  { start, end }: { start: number; end: number },
): [number, number] {
  while (start < end && report.text.charCodeAt(start) === 0x20) start++;
  while (end > start && report.text.charCodeAt(end - 1) === 0x20) end--;
  let from = report.origin[start]!;
  let to = report.origin[end - 1]! + 1;
  while (to < text.length && foldClass(text.charCodeAt(to)) === MARK) to++;
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to++;
  return [from, to];
}

const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });
const [KEEP, DROP, SPACE, MARK] = [0, 1, 2, 3] as const;
let foldClasses: Uint8Array | undefined;

// Classifying every UTF-16 code unit once keeps folding a 2 MB report to one quick pass; the
// table is built on first use so that merely importing this module costs nothing.
function foldClass(code: number): number {
  foldClasses ??= Uint8Array.from({ length: 0x10000 }, (_, each) => {
    const character = String.fromCharCode(each);
    // Arabic diacritics and tatweel: they belong to the letter before them.
    if (/[\u064B-\u065F\u0670\u0640]/.test(character)) return MARK;
    // Zero-width spaces and joiners, direction marks and isolates, soft hyphen, byte order mark.
    if (/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\u00AD\uFEFF]/.test(character)) return DROP;
    return /\s/.test(character) ? SPACE : KEEP;
  });
  return foldClasses[code] ?? KEEP;
}
