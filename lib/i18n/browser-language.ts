import {
  isLanguage,
  LANGUAGE_COOKIE,
  languageFromAcceptLanguage,
  type Language,
} from "./languages";

/**
 * The language a browser asks for, from its request headers alone: the
 * switch it last pressed (the language cookie), else its Accept-Language.
 * For places that see headers but not Next's cookies() (Auth.js's sign-in).
 */
export function languageOfBrowser(headers: Headers): Language {
  const cookie = headers
    .get("cookie")
    ?.split(";")
    .map((pair) => pair.trim().split("="))
    .find(([name]) => name === LANGUAGE_COOKIE)?.[1];
  return isLanguage(cookie) ? cookie : languageFromAcceptLanguage(headers.get("accept-language"));
}
