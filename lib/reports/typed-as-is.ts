/**
 * File types, schemes, encodings and codes the import's sentences name,
 * typed as they are in any language: catalogue arguments, so an Arabic
 * sentence keeps them as the person must type them. No imports: the import
 * form loads this in the browser.
 */
export const typedAsIs = {
  txt: ".txt",
  md: ".md",
  html: ".html",
  http: "http://",
  https: "https://",
  utf8: "UTF-8",
  ar: "ar",
  en: "en",
} as const;
