/**
 * Reading a claim's attribution chain ("Arabic news site, citing The
 * Washington Post, citing two unnamed Taliban commanders") for the sources
 * it names: each link of the chain, outermost first, with the words that
 * join links ("citing", "quoting", "وفقا لـ") and the article in front of a
 * common noun ("a leaked document") taken off. Pure, so it is unit-tested
 * on the demo's own attributions; the desk suggests from it, a person
 * decides.
 */
import type { SourceKind } from "./kinds";

// what joins one link of a chain to the next, in English and Arabic
const joiners =
  /\s*(?:,|;|\bvia\b)?\s*\b(?:(?:in a passage |footnote |(?:which|who) )?(?:citing|quoting|paraphrasing|according to|credited to|reporting|attributed to|says it obtained|obtained from))\b\s*|\s*(?:نقلا عن|نقلاً عن|وفقا ل|وفقاً ل|بحسب|حسب|عن)\s+/giu;

/** The links of the chain, outermost first, each as a name a source could have. */
export function attributionLinks(attribution: string): string[] {
  return attribution
    .split(joiners)
    .map(cleanLink)
    .filter((link): link is string => link !== null);
}

function cleanLink(piece: string | undefined): string | null {
  if (!piece) return null;
  const link = piece
    // asides: "(Russian)", "(footnote 1: Afghanistan International)"
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/^[\s,;:.،؛–—-]+|[\s,;:.،؛–—-]+$/g, "")
    // an article in front of a common noun is not part of a name ("The Washington Post" keeps its own)
    .replace(/^(?:a|an)\s+/i, "")
    .replace(
      /^the\s+(?=(?:latest|unnamed|leaked|same|other|two|three|several|[a-z]+\s+(?:officials?|sources?|experts?|observers?|commanders?|reports?)))/i,
      "",
    )
    // "Zamir Kabulov's statements", "Nezavisimaya Gazeta's reading of …": the one who made them
    .replace(/['’]s\s.*$/i, "")
    .trim();
  return link.length >= 3 ? link : null;
}

const kindCues: Array<[SourceKind, RegExp]> = [
  // "unnamed officials", "two unnamed harbour pilots": people, whatever they are called
  ["person", /^(?:(?:a|an|one|two|three|four|five|several|some|\d+)\s+)?unnamed\b/i],
  ["document", /\b(?:document|memo|letter|cable|report of|file|decree|order|minutes)\b|وثيق|مذكر/i],
  [
    "person",
    /\b(?:officials?|commanders?|spokes(?:man|woman|person)|sources?|experts?|observers?|ministers?|president|gen\.|general|minister|analysts?|diplomats?|residents?|witness(?:es)?)\b|مسؤول|مصدر|قائد|متحدث/i,
  ],
  [
    "outlet",
    /\b(?:news|times|post|gazeta|journal|tribune|agency|tv|radio|daily|herald|politico|reuters|afp|associated press|media|site|channel)\b|صحيف|موقع|وكال|قناة/i,
  ],
];

/** A first guess at a link's kind, for the form to show; the person naming it corrects it. */
export function guessSourceKind(link: string): SourceKind {
  for (const [kind, cue] of kindCues) if (cue.test(link)) return kind;
  return "organisation";
}
