import { createTranslator } from "next-intl";
import english from "@/lib/i18n/messages/en";

const t = createTranslator({ locale: "en", messages: english }) as unknown as {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/**
 * A refusal of the data layer as an English reader sees it: its catalogue key
 * filled with its values, the way `formAction` says it (lib/i18n/field-errors.ts).
 */
export function inEnglish(error: unknown): string {
  const { message, values } = error as {
    message: string;
    values?: Record<string, string | number>;
  };
  return t.has(message) ? t(message, values) : message;
}
