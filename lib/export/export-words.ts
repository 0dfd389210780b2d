import type { User, VerdictKind } from "@/db/schema";
import { defaultLanguage } from "@/lib/i18n/languages";
import { wordsOf } from "@/lib/i18n/translator";
import { gradeWording } from "@/lib/review/grades";
import { agreementWording, type ExportWords } from "./claim-record";

/**
 * The words an export writes for the desk's codes (a grade's Admiralty
 * wording, a verdict's name, how far the reviewers agree), in the interface language of the editor who
 * exports: the file is theirs, read by their newsroom, whatever the language
 * of the browser or token that asked for it. The language is named
 * explicitly rather than taken from the request, so an export read by a
 * token, a script or a test says the same as one downloaded from the page.
 * Codes stay codes where a machine reads them (CSV's verdict and status
 * columns, JSON's `verdict.verdict`, ClaimReview's ratingValue).
 */
export function exportWordsOf(editor: Pick<User, "interfaceLanguage" | "digitStyle">): ExportWords {
  const language = editor.interfaceLanguage ?? defaultLanguage;
  const grades = wordsOf(language, "review.grades", editor.digitStyle);
  const vocab = wordsOf(language, "vocab", editor.digitStyle);
  const summary = wordsOf(language, "summary", editor.digitStyle);
  return {
    grade: (reliability, credibility) => gradeWording(grades, reliability, credibility),
    verdict: (verdict: VerdictKind) => vocab(`verdict.${verdict}`),
    // the English wording names how many steps apart the grades are; another
    // language says whether the middle half of them spreads over more than one
    // step, from the same grades, as the printable page does
    agreement: (reviewers, consensus) =>
      language === "en"
        ? agreementWording(reviewers, consensus)
        : summary("agreement", {
            reviewers,
            spread:
              Math.max(consensus.reliabilitySpread, consensus.credibilitySpread) > 1
                ? "wide"
                : "close",
          }),
  };
}
