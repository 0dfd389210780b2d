import "server-only";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { z } from "zod";

/** The catalogue seen with keys as plain strings, for messages that name their key at run time. */
type Lookup = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/**
 * A message in the reader's language: a catalogue key filled with `values`,
 * or words that are not a key yet, as they are.
 */
export async function translatedMessage(
  message: string,
  values?: Record<string, string | number>,
): Promise<string> {
  const t = (await getTranslations()) as unknown as Lookup;
  return t.has(message) ? t(message, values) : message;
}

/**
 * A form's field errors in the reader's language. A schema names each
 * message by its catalogue key ("auth.errors.emailRequired"); the issue's
 * own figures (the minimum or maximum a length rule set) go into the
 * message, so "at most {maximum} characters" needs no second copy of the
 * limit. A message that is not a key is shown as it is.
 */
export async function translatedFieldErrors(
  error: z.ZodError,
): Promise<Record<string, string[] | undefined>> {
  const t = (await getTranslations()) as unknown as Lookup;
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === undefined) continue;
    const values: Record<string, number> = {};
    if ("minimum" in issue) values.minimum = Number(issue.minimum);
    if ("maximum" in issue) values.maximum = Number(issue.maximum);
    const message = t.has(issue.message) ? t(issue.message, values) : issue.message;
    (errors[String(field)] ??= []).push(message);
  }
  return errors;
}
