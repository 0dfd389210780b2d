/**
 * The Admiralty (NATO) grading a reviewer gives a claim: how reliable the
 * source is (A–F) and how credible the information is (1–6). F and 6 mean
 * "cannot be judged" and are left out of consensus and agreement, which only
 * make sense over grades that were actually judged. What each grade means
 * is the `review` catalogue's (the rating form's form.reliability.A.label and
 * .definition; the words a grade is read out in, grades.source.A and
 * grades.information.2), in English and Arabic.
 */
import type { ReliabilityGrade } from "@/db/schema";

export const reliabilityGrades = ["A", "B", "C", "D", "E", "F"] as const;
export const credibilityGrades = [1, 2, 3, 4, 5, 6] as const;
export type CredibilityGrade = (typeof credibilityGrades)[number];

/** Reliability as a rank for statistics: A = 1 … E = 5; F (not judged) is null. */
export function reliabilityRank(grade: ReliabilityGrade): number | null {
  return grade === "F" ? null : reliabilityGrades.indexOf(grade) + 1;
}

/** Credibility as a rank: 1 … 5; 6 (not judged) is null. */
export function credibilityRank(grade: number): number | null {
  return grade >= 1 && grade <= 5 ? grade : null;
}

export function reliabilityFromRank(rank: number): ReliabilityGrade {
  return reliabilityGrades[Math.min(5, Math.max(1, Math.round(rank))) - 1]!;
}

/**
 * The words a grade is read out in, by key: a translator of the
 * `review.grades` namespace in the reader's language (next-intl's `t`, or
 * `wordsOf` for an export in the exporting editor's language). They are a
 * namespace of their own so that the board's cards, which say a consensus
 * grade, are sent these few words and not the whole `review` catalogue.
 */
export type GradeWords = (key: string, values?: Record<string, string>) => string;

/** "usually reliable source, probably true": what a grade means, in the catalogue's words. */
export function gradeMeaning(
  words: GradeWords,
  reliability: ReliabilityGrade,
  credibility: number,
): string {
  return words("gradeMeaning", {
    source: words(`source.${reliability}`),
    information: words(`information.${credibility}`),
  });
}

/** "B2: usually reliable source, probably true", the wording exports and cards use. */
export function gradeWording(
  words: GradeWords,
  reliability: ReliabilityGrade,
  credibility: number,
): string {
  return words("consensusWording", {
    grade: `${reliability}${credibility}`,
    source: words(`source.${reliability}`),
    information: words(`information.${credibility}`),
  });
}
