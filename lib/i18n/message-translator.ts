import { cloneElement, isValidElement, type ReactNode } from "react";
import { IntlMessageFormat, type PrimitiveType } from "intl-messageformat";
import { intlFormatters } from "./compiled-messages";
import { formats } from "./formats";

/**
 * The desk's translator: what use-intl's `createTranslator` gives (`t`,
 * `t.rich`, `t.markup`, `t.raw`, `t.has`, the same fallbacks), with each
 * message compiled once per process and formatted directly. use-intl keeps
 * compiled messages too (./compiled-messages.ts), but finds them again on
 * every call by JSON-stringifying the message with the whole formats object
 * and rebuilding those formats first: a tenth of a board page's CPU went to
 * that bookkeeping, around two thousand calls a page. Here a message's
 * compiled form is found by its text, which is all it depends on, since the
 * locale picks the map and the formats and time zone are the desk's own and
 * fixed (every time stated in UTC, as in lib/i18n/request.ts).
 */

type Catalogue = { readonly [key: string]: string | Catalogue };
type Argument = PrimitiveType | Date | ReactNode | ((chunks: ReactNode[]) => ReactNode);
type Arguments = Record<string, Argument>;

export type MessageTranslator = {
  (key: string, values?: Arguments): string;
  rich(key: string, values?: Arguments): ReactNode;
  markup(
    key: string,
    values?: Record<string, PrimitiveType | ((chunks: string) => string)>,
  ): string;
  raw(key: string): unknown;
  has(key: string): boolean;
};

const DESK_TIME_ZONE = "UTC";

/** intl-messageformat's shape of the desk's formats: the named date formats serve `{at, date, moment}` and `{at, time, moment}` alike, in UTC. */
const messageFormats = (() => {
  const inUtc = (styles: Record<string, Intl.DateTimeFormatOptions>) =>
    Object.fromEntries(
      Object.entries(styles).map(([name, style]) => [name, { timeZone: DESK_TIME_ZONE, ...style }]),
    );
  return {
    date: inUtc({ ...IntlMessageFormat.formats.date, ...formats.dateTime }),
    time: inUtc({ ...IntlMessageFormat.formats.time, ...formats.dateTime }),
    number: {},
  };
})();

const messageFormatters = {
  ...intlFormatters,
  // a date formatted inside a message without a named format is stated in UTC too
  getDateTimeFormat: (locales?: string | string[], options?: Intl.DateTimeFormatOptions) =>
    intlFormatters.getDateTimeFormat(locales, {
      ...options,
      timeZone: options?.timeZone ?? DESK_TIME_ZONE,
    }),
};

const compiledByLocale = new Map<string, Map<string, IntlMessageFormat>>();

function compiled(locale: string, text: string): IntlMessageFormat {
  let byText = compiledByLocale.get(locale);
  if (!byText) compiledByLocale.set(locale, (byText = new Map()));
  let format = byText.get(text);
  if (!format) {
    format = new IntlMessageFormat(text, locale, messageFormats, {
      formatters: messageFormatters,
    });
    byText.set(text, format);
  }
  return format;
}

/** A message needs compiling when it has arguments or ICU quoting; otherwise its text is the answer. */
const needsCompiling = (text: string, values: Arguments | undefined) =>
  values !== undefined || /'[{}<#|']/.test(text);

/**
 * React elements a tag's function returns get a key, as use-intl gives
 * them: a message can hold the same tag twice, and its parts become siblings.
 */
function withKeyedTags(values: Arguments): Arguments {
  const keyed: Arguments = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== "function") {
      keyed[name] = value;
      continue;
    }
    let index = 0;
    keyed[name] = (chunks: ReactNode[]) => {
      const element = value(chunks);
      return isValidElement(element) ? cloneElement(element, { key: name + index++ }) : element;
    };
  }
  return keyed;
}

export function createMessageTranslator(options: {
  locale: string;
  messages: Catalogue;
  /** the catalogue's part ("claim.edit"); keys are relative to it */
  namespace?: string;
}): MessageTranslator {
  const { locale, messages, namespace } = options;
  const fullKey = (key: string) => (namespace ? `${namespace}.${key}` : key);

  function lookUp(key: string): string | Catalogue | undefined {
    let found: string | Catalogue | undefined = messages;
    for (const part of fullKey(key).split(".")) {
      if (typeof found !== "object") return undefined;
      found = found[part];
    }
    return found;
  }

  // as use-intl does: the problem is logged and the key shows in place of the words
  function fallback(key: string, problem: string) {
    console.error(`${problem}: \`${fullKey(key)}\` (${locale})`);
    return fullKey(key);
  }

  function format(key: string, values: Arguments | undefined): ReactNode {
    const text = lookUp(key);
    if (typeof text !== "string") {
      return fallback(key, text === undefined ? "MISSING_MESSAGE" : "INSUFFICIENT_PATH");
    }
    if (!needsCompiling(text, values)) return text;
    try {
      const formatted = compiled(locale, text).format<ReactNode>(
        values && (withKeyedTags(values) as Record<string, PrimitiveType | ReactNode>),
      );
      return Array.isArray(formatted) || isValidElement(formatted) || typeof formatted === "string"
        ? (formatted as ReactNode)
        : String(formatted);
    } catch (error) {
      return fallback(key, `FORMATTING_ERROR (${(error as Error).message})`);
    }
  }

  function translate(key: string, values?: Arguments): string {
    const formatted = format(key, values);
    return typeof formatted === "string"
      ? formatted
      : fallback(key, "INVALID_MESSAGE (use t.rich)");
  }
  translate.rich = format;
  translate.markup = (
    key: string,
    values?: Record<string, PrimitiveType | ((chunks: string) => string)>,
  ) => {
    const formatted = format(key, values as Arguments);
    return typeof formatted === "string" ? formatted : fallback(key, "FORMATTING_ERROR (t.markup)");
  };
  translate.raw = (key: string) => lookUp(key) ?? fallback(key, "MISSING_MESSAGE");
  translate.has = (key: string) => lookUp(key) !== undefined;
  return translate;
}
