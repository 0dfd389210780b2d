import { createTranslator } from "next-intl";
import { formats } from "@/lib/i18n/formats";
import english from "@/lib/i18n/messages/en";

const t = createTranslator({ locale: "en-GB", messages: english, formats, timeZone: "UTC" });

type Values = Record<string, string | number | Date>;

/**
 * A message as an English reader sees it: a catalogue key filled with its
 * values (what the data layer's refusals and schemas name), or words as they
 * are. Tests read the data layer's answers through it.
 */
export function inEnglish(message: string, values?: Values): string {
  return t.has(message as never) ? t(message as never, values as never) : message;
}

/** A refusal (RuleViolation, VersionConflict) as an English reader sees it. */
export function englishOf(error: unknown): string {
  const { message, values } = error as { message: string; values?: Values };
  return inEnglish(message, values);
}

/** The card's line under a source (lib/evidence/snapshot-words.ts), phrase by phrase, in English. */
export function englishPhrases(phrases: Array<{ key: string; values?: Values }>): string[] {
  return phrases.map((phrase) => inEnglish(`evidence.capture.${phrase.key}`, phrase.values));
}
