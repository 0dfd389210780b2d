import arabic from "./messages/ar";
import english from "./messages/en";
import { intlLocale, type DigitStyle, type Language } from "./languages";
import { createMessageTranslator } from "./message-translator";

type Values = Record<string, string | number | Date>;
type Tags = Record<string, (chunks: string) => string>;
/** a message's arguments and its tags' functions, side by side */
type ValuesAndTags = Record<string, Values[string] | Tags[string]>;

/** A catalogue's messages looked up by a key made at run time ("sentence.mentioned"). */
export type Words = ((key: string, values?: Values) => string) & {
  /** a message with tags as text, each tag's words given to its function */
  markup(key: string, values: ValuesAndTags): string;
  has(key: string): boolean;
};

/**
 * The catalogue of one language outside a request: for what is written to a
 * person who is not the one asking (an email from the job queue, in its
 * recipient's language), and for pure functions that tests call directly.
 * Inside a request, pages use `getTranslations` (./get-translations.ts).
 */
export function wordsOf(
  language: Language,
  /** the catalogue's part ("notifications.email"); none for keys named in full */
  namespace: string | undefined,
  digits: DigitStyle = "western",
): Words {
  return createMessageTranslator({
    locale: intlLocale(language, digits),
    messages: language === "ar" ? arabic : english,
    namespace,
  });
}
