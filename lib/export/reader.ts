/**
 * Who reads an export's words: the exporting editor's interface language
 * and digits. Human text written into a file (the Markdown summary, the
 * selection's description, the wording columns) is theirs; what programs
 * read (JSON field names, CSV column codes, verdict and status codes,
 * ClaimReview's properties) stays the same whoever exported. Pure.
 */
import { formats } from "@/lib/i18n/formats";
import type { User } from "@/db/schema";
import { defaultLanguage, intlLocale, type DigitStyle, type Language } from "@/lib/i18n/languages";
import { wordsOf, type Words } from "@/lib/i18n/translator";
// use-intl's core, as lib/i18n/translator.ts: scripts and routes under the react-server condition
import { createFormatter } from "use-intl/core";

export type ExportReader = { language: Language; digits: DigitStyle };

export const englishReader: ExportReader = { language: "en", digits: "western" };

/**
 * The editor who exports, as a reader: their interface language (the desk's
 * default if they never chose one), as ./export-words.ts words the grades
 * and verdicts, so a file reads in one language whether a page, a token's
 * script or a test asked for it.
 */
export function readerOf(editor: Pick<User, "interfaceLanguage" | "digitStyle">): ExportReader {
  return { language: editor.interfaceLanguage ?? defaultLanguage, digits: editor.digitStyle };
}

/** The catalogue (keys named in full) and the formatter of a reader's language. */
export function readerWords(reader: ExportReader): {
  t: Words;
  format: ReturnType<typeof createFormatter>;
  locale: string;
} {
  const locale = intlLocale(reader.language, reader.digits);
  return {
    t: wordsOf(reader.language, undefined, reader.digits),
    format: createFormatter({ locale, timeZone: "UTC", formats }),
    locale,
  };
}
