import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { compiledMessages } from "./compiled-messages";
import { formats } from "./formats";
import {
  intlLocale,
  isLanguage,
  LANGUAGE_COOKIE,
  languageFromAcceptLanguage,
  type DigitStyle,
  type Language,
} from "./languages";

/**
 * The language a request is answered in: the signed-in account's choice,
 * else the browser's switch (a cookie), else its Accept-Language. No part of
 * an address carries it, so a link one person shares opens in the other
 * person's language.
 */
async function requestLanguage(): Promise<{ language: Language; digits: DigitStyle }> {
  const user = await signedInReader();
  if (user?.interfaceLanguage) {
    return { language: user.interfaceLanguage, digits: user.digitStyle };
  }
  const chosen = (await cookies()).get(LANGUAGE_COOKIE)?.value;
  const language = isLanguage(chosen)
    ? chosen
    : languageFromAcceptLanguage((await headers()).get("accept-language"));
  return { language, digits: user?.digitStyle ?? "western" };
}

/**
 * The signed-in account, or null when there is none or the database cannot
 * say: the language never fails a page. The page's own read of the session
 * meets the same error and answers it (a "try again" or the 500 page); a
 * second rejection here, in metadata rendered beside the page, would go
 * unhandled.
 */
async function signedInReader() {
  try {
    return await getCurrentUser();
  } catch {
    return null;
  }
}

/** Only the active language's messages are loaded, for the server and the browser. */
async function messagesOf(language: Language) {
  return language === "ar"
    ? (await import("./messages/ar")).default
    : (await import("./messages/en")).default;
}

export default getRequestConfig(async () => {
  const { language, digits } = await requestLanguage();
  const config = {
    locale: intlLocale(language, digits),
    messages: await messagesOf(language),
    // the desk states every time in UTC, as its audit trail and exports do
    timeZone: "UTC",
    formats,
    // compiled messages kept across requests (./compiled-messages.ts); next-intl hands
    // `_cache` on to the translators it makes
    _cache: compiledMessages,
  };
  return config;
});
