import { cache } from "react";
import { getLocale, getMessages, type getTranslations as nextIntlGetter } from "next-intl/server";
import { createMessageTranslator } from "./message-translator";

/**
 * next-intl's `getTranslations` for server components, actions and metadata,
 * with the desk's translator (./message-translator.ts). Made once per request
 * and namespace: a page's sections ask for the same parts of the catalogue.
 */
export const getTranslations = cache(async (namespace?: string) => {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return createMessageTranslator({ locale, messages, namespace });
}) as unknown as typeof nextIntlGetter;
