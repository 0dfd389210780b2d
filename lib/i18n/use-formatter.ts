import { useMemo } from "react";
import { useLocale, useTimeZone, type useFormatter as nextIntlHook } from "next-intl";
import { createFormatter } from "use-intl/core";
import { intlFormatters } from "./compiled-messages";
import { formats } from "./formats";

/**
 * next-intl's `useFormatter` (dates, numbers, lists), with Intl's formatters
 * made once per locale and options for the process rather than once per
 * request (./compiled-messages.ts). Components import it from here (eslint
 * refuses next-intl's); it works in server and client components alike.
 */
export const useFormatter = function useFormatter() {
  const locale = useLocale();
  const timeZone = useTimeZone();
  return useMemo(
    () => createFormatter({ locale, timeZone, formats, _formatters: intlFormatters }),
    [locale, timeZone],
  );
} as typeof nextIntlHook;
