/**
 * Why a report's text or file cannot be imported: a key of the "reports"
 * catalogue's errors with the figures it names, which the forms show in the
 * reader's language, and the same sentence in English for the command line,
 * the audit trail and the tests.
 */
import { createTranslator } from "use-intl/core";
import english from "@/lib/i18n/messages/en";
import { typedAsIs } from "./typed-as-is";

export type RefusalKey = keyof (typeof english)["reports"]["errors"];
type Values = Record<string, string | number>;
export type Refusal = {
  ok: false;
  key: RefusalKey;
  values: Values;
  /** the sentence in English */
  reason: string;
};

const inEnglish = createTranslator({
  locale: "en-GB",
  messages: english,
  namespace: "reports.errors",
});

export function refusal(key: RefusalKey, values: Values = {}): Refusal {
  const all = { ...typedAsIs, ...values };
  return { ok: false, key, values: all, reason: inEnglish(key, all as never) };
}

/** The catalogue key a RuleViolation carries for this refusal. */
export const refusalMessage = (refused: Pick<Refusal, "key">) => `reports.errors.${refused.key}`;

const anyInEnglish = createTranslator({ locale: "en-GB", messages: english }) as unknown as {
  (key: string, values?: Values): string;
  has(key: string): boolean;
};

/** A catalogue key (a refusal, a zod message) as the command line prints it: in English. */
export function inEnglishWords(message: string, values?: Values): string {
  return anyInEnglish.has(message) ? anyInEnglish(message, { ...typedAsIs, ...values }) : message;
}
