/**
 * The Admiralty (NATO) grading a reviewer gives a claim: how reliable the
 * source is (A–F) and how credible the information is (1–6). F and 6 mean
 * "cannot be judged" and are left out of consensus and agreement, which only
 * make sense over grades that were actually judged.
 */
import type { ReliabilityGrade } from "@/db/schema";

export const reliabilityGrades = ["A", "B", "C", "D", "E", "F"] as const;
export const credibilityGrades = [1, 2, 3, 4, 5, 6] as const;
export type CredibilityGrade = (typeof credibilityGrades)[number];

export const reliabilityMeaning: Record<ReliabilityGrade, { label: string; definition: string }> = {
  A: {
    label: "Completely reliable",
    definition:
      "No doubt about authenticity, trustworthiness or competence; a history of complete reliability.",
  },
  B: {
    label: "Usually reliable",
    definition: "Minor doubts; a history of mostly valid information.",
  },
  C: {
    label: "Fairly reliable",
    definition: "Doubts; has provided valid information in the past.",
  },
  D: {
    label: "Not usually reliable",
    definition: "Significant doubts; has provided valid information only occasionally.",
  },
  E: {
    label: "Unreliable",
    definition:
      "Lacks authenticity, trustworthiness and competence; a history of invalid information.",
  },
  F: {
    label: "Reliability cannot be judged",
    definition: "No basis exists for evaluating the source's reliability.",
  },
};

export const credibilityMeaning: Record<CredibilityGrade, { label: string; definition: string }> = {
  1: {
    label: "Confirmed by other sources",
    definition:
      "Confirmed by independent sources; logical in itself; consistent with other information.",
  },
  2: {
    label: "Probably true",
    definition: "Not confirmed; logical in itself; consistent with other information.",
  },
  3: {
    label: "Possibly true",
    definition: "Not confirmed; reasonably logical; agrees with some other information.",
  },
  4: {
    label: "Doubtful",
    definition: "Not confirmed; possible but not logical; no other information on the subject.",
  },
  5: {
    label: "Improbable",
    definition: "Not confirmed; not logical in itself; contradicted by other information.",
  },
  6: {
    label: "Truth cannot be judged",
    definition: "No basis exists for evaluating the validity of the information.",
  },
};

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

/** "B2: usually reliable source, probably true", the wording exports and cards use. */
export function gradeWording(reliability: ReliabilityGrade, credibility: number): string {
  const source =
    reliability === "F"
      ? "source reliability cannot be judged"
      : `${reliabilityMeaning[reliability].label.toLowerCase()} source`;
  const information = credibilityMeaning[credibility as CredibilityGrade].label.toLowerCase();
  return `${reliability}${credibility}: ${source}, ${information}`;
}
