import { _createCache, _createIntlFormatters } from "use-intl/core";

/**
 * ICU messages compiled once for the process (or the browser tab), not once
 * per request. next-intl compiles every message a page formats (parsing it,
 * resolving its locale) into a cache that lives as long as the request: on the
 * server that was a sixth of a page's time, the board's cards recompiling the
 * same dozen sentences on every request. A compiled message depends only on
 * its text, the locale and the formats, never on the request, and the
 * catalogues are fixed, so one cache serves every request and its size is
 * bounded by the catalogues. Both ways of translating use it: server
 * components' `getTranslations` (lib/i18n/request.ts hands it to next-intl as
 * `_cache`) and `useTranslations` (./use-translations.ts).
 */
export const compiledMessages = _createCache();

/** Intl's formatters, made once per locale and options: for the messages above and useFormatter. */
export const intlFormatters = _createIntlFormatters(compiledMessages);
