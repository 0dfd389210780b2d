/**
 * The language a claim's statement is written in. A desk whose reports are
 * Arabic writes its claims in Arabic as often as in English; the stored
 * language gives the statement its direction and font on every page and
 * ClaimReview its `inLanguage`. Pure, for the form and the data layer.
 */
import { isMostlyArabic } from "@/lib/text/arabic";

export const statementLanguages = ["ar", "en"] as const;
export type StatementLanguage = (typeof statementLanguages)[number];

/** The language the author chose, or the one the statement's letters tell. */
export function statementLanguageOf(
  statement: string,
  chosen?: StatementLanguage | null,
): StatementLanguage {
  return chosen ?? (isMostlyArabic(statement) ? "ar" : "en");
}
