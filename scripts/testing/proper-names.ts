/**
 * Words the Arabic interface keeps in Latin script: a language's own name,
 * file formats and standards. Anything else in Latin script on an Arabic
 * page is either data (shown in its own direction, `dir="auto"`) or a string
 * that escaped the catalogues. The catalogue check and the walk through
 * every page in Arabic both read this list.
 */
export const latinProperNames: ReadonlySet<string> = new Set([
  "English",
  "Markdown",
  "CSV",
  "JSON",
  "LD",
  "ClaimReview",
  "PDF",
  "schema",
  "org",
]);

/** The Latin-script words of `text` that are not proper names: each one a string to translate. */
export function untranslatedWords(text: string): string[] {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !latinProperNames.has(word));
}
