/**
 * The interface languages and how each reads. Shared by the server (which
 * picks the language of a request) and the client (which switches it), so it
 * imports nothing from either side.
 */
export const languages = ["en", "ar"] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = "en";

/** Each language named in itself, as a switch offers it. */
export const languageNames: Record<Language, string> = { en: "English", ar: "العربية" };

/**
 * How numbers are written: Western digits are the desk's convention in both
 * languages (figures in claims are compared across reports); an Arabic-
 * reading account may choose Arabic-Indic digits instead.
 */
export const digitStyles = ["western", "arabic_indic"] as const;
export type DigitStyle = (typeof digitStyles)[number];

/** The cookie that carries the language of a browser not signed in, and of a switch. */
export const LANGUAGE_COOKIE = "desk-language";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

export function directionOf(language: Language): "ltr" | "rtl" {
  return language === "ar" ? "rtl" : "ltr";
}

/**
 * The locale Intl formats with: the language, with the numbering system as a
 * Unicode extension, so every number, date and plural the catalogues format
 * comes out in the account's digits ("ar-u-nu-latn" → 12, "ar-u-nu-arab" → ١٢).
 */
export function intlLocale(language: Language, digits: DigitStyle): string {
  // English dates as the desk writes them everywhere else: "4 Dec 2026", a 24-hour clock
  const region = language === "en" ? "en-GB" : language;
  return `${region}-u-nu-${digits === "arabic_indic" ? "arab" : "latn"}`;
}

/** The language of an Intl locale made by `intlLocale` (or a bare language tag). */
export function languageOfLocale(locale: string): Language {
  const language = locale.split("-")[0];
  return isLanguage(language) ? language : defaultLanguage;
}

/**
 * The interface language a browser asks for in its Accept-Language header:
 * the first of our languages by the header's quality order, or the default.
 * "ar-EG,ar;q=0.9,en;q=0.8" → ar; "fr-FR,fr;q=0.9" → en.
 */
export function languageFromAcceptLanguage(header: string | null | undefined): Language {
  if (!header) return defaultLanguage;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const quality = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const q = quality ? Number(quality.slice(2)) : 1;
      return {
        language: tag!.trim().toLowerCase().split("-")[0],
        q: Number.isFinite(q) ? q : 0,
        index,
      };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLanguage) ?? defaultLanguage;
}
