import { useMemo } from "react";
import { useLocale, useMessages, type useTranslations as nextIntlHook } from "next-intl";
import { createMessageTranslator } from "./message-translator";

/**
 * next-intl's `useTranslations` with the desk's translator
 * (./message-translator.ts): the same messages and locale, each message
 * compiled once per process. Components import it from here (eslint refuses
 * next-intl's); it works in server and client components alike, reading the
 * provider or request it is under.
 */
export const useTranslations = function useTranslations(namespace?: string) {
  const locale = useLocale();
  const messages = useMessages();
  return useMemo(
    () => createMessageTranslator({ locale, messages, namespace }),
    [locale, messages, namespace],
  );
} as unknown as typeof nextIntlHook;
