import { useMemo } from "react";
import {
  useLocale,
  useMessages,
  useTimeZone,
  type useTranslations as nextIntlHook,
} from "next-intl";
import { createTranslator } from "use-intl/core";
import { compiledMessages, intlFormatters } from "./compiled-messages";
import { formats } from "./formats";

/**
 * next-intl's `useTranslations`: the same messages, locale and translator, with
 * compiled messages kept across requests (./compiled-messages.ts). Components
 * import it from here (eslint refuses next-intl's); it works in server and
 * client components alike, reading the provider or request it is under.
 */
export const useTranslations = function useTranslations(namespace?: string) {
  const locale = useLocale();
  const messages = useMessages();
  const timeZone = useTimeZone();
  return useMemo(
    () =>
      createTranslator({
        locale,
        messages,
        ...(namespace ? { namespace: namespace as never } : {}),
        timeZone,
        formats,
        _cache: compiledMessages,
        _formatters: intlFormatters,
      }),
    [locale, messages, namespace, timeZone],
  );
} as typeof nextIntlHook;
