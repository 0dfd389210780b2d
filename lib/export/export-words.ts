import type { User, VerdictKind } from "@/db/schema";
import { defaultLanguage } from "@/lib/i18n/languages";
import { wordsOf } from "@/lib/i18n/translator";
import { gradeWording } from "@/lib/review/grades";
import type { ExportWords } from "./claim-record";

/**
 * The words an export writes for the desk's codes (a grade's Admiralty
 * wording, a verdict's name), in the interface language of the editor who
 * exports: the file is theirs, read by their newsroom, whatever the language
 * of the browser or token that asked for it. The language is named
 * explicitly rather than taken from the request, so an export read by a
 * token, a script or a test says the same as one downloaded from the page.
 * Codes stay codes where a machine reads them (CSV's verdict and status
 * columns, JSON's `verdict.verdict`, ClaimReview's ratingValue).
 */
export function exportWordsOf(editor: Pick<User, "interfaceLanguage" | "digitStyle">): ExportWords {
  const language = editor.interfaceLanguage ?? defaultLanguage;
  const review = wordsOf(language, "review", editor.digitStyle);
  const vocab = wordsOf(language, "vocab", editor.digitStyle);
  return {
    grade: (reliability, credibility) => gradeWording(review, reliability, credibility),
    verdict: (verdict: VerdictKind) => vocab(`verdict.${verdict}`),
  };
}
