/**
 * One claim as every export format sees it: built once from the rows of a
 * batch, then written as CSV, JSON, Markdown, HTML or ClaimReview. Pure.
 *
 * Ratings leave the desk only as their consensus and agreement, never one
 * reviewer's grade: the desk's blind-first rule keeps individual grades
 * inside it.
 */
import type {
  ClaimStatus,
  ReliabilityGrade,
  VerdictKind,
  entityKind,
  evidenceStance,
} from "@/db/schema";
import { reliabilityRank } from "@/lib/review/grades";
import { computeConsensus } from "@/lib/review/status";
import { formatEventDate, type DatePrecision } from "@/lib/text/event-date";

/**
 * The words of an export for the desk's codes, in the exporting editor's
 * language (./export-words.ts): passed in, so this stays pure.
 */
export type ExportWords = {
  /** "B2: usually reliable source, probably true" */
  grade: (reliability: ReliabilityGrade, credibility: number) => string;
  /** "Verified" */
  verdict: (verdict: VerdictKind) => string;
  /** "3 reviewers, grades within one step" */
  agreement: (reviewers: number, consensus: ReturnType<typeof computeConsensus>) => string;
};

export type ExportClaim = {
  id: number;
  /** `${publicUrl}/claims/<id>` */
  permalink: string;
  /** the statement, in Arabic or English */
  statement: string;
  /** the statement's language: "ar" or "en" */
  statementLanguage: string;
  quote: { text: string; language: string };
  /** who the report says made the claim: "Nezavisimaya Gazeta, citing …" */
  attribution: string;
  eventDate: { date: string; precision: DatePrecision; label: string } | null;
  /** the desk's computed status (ratings, evidence, relations) */
  status: ClaimStatus;
  /** the standing editor verdict, which overrides the status; null when undecided */
  verdict: {
    verdict: VerdictKind;
    /** the verdict's name in the exporting editor's language */
    label: string;
    rationale: string;
    /** ISO 8601 timestamp */
    decidedAt: string;
    decidedBy: string;
  } | null;
  sourcing: {
    reviewers: number;
    /** consensus (median of judged grades); null when nobody could judge that scale */
    reliability: ReliabilityGrade | null;
    credibility: number | null;
    /** "B2: usually reliable source, probably true", in the exporting editor's language; null before any rating */
    grade: string | null;
    /** "3 reviewers, grades within one step", in the exporting editor's language */
    agreement: string;
    /** interquartile ranges in grades: more than 1 means reviewers disagree */
    reliabilitySpread: number;
    credibilitySpread: number;
  };
  evidence: Array<{
    stance: (typeof evidenceStance.enumValues)[number];
    title: string;
    url: string;
    outlet: string | null;
    publishedOn: string | null;
    archiveUrl: string | null;
  }>;
  /** other claims linked as contradicting this one */
  contradictedBy: Array<{ id: number; statement: string; permalink: string }>;
  entities: Array<{ id: number; name: string; kind: (typeof entityKind.enumValues)[number] }>;
  /** who the claim rests on (an outlet, person, organisation or document), besides the attribution */
  sources: Array<{ id: number; name: string; kind: (typeof entityKind.enumValues)[number] }>;
  report: {
    id: number;
    title: string;
    outlet: string | null;
    url: string | null;
    publishedOn: string | null;
  };
};

export type ClaimRow = {
  id: number;
  statement: string;
  statementLanguage: string;
  quote: string;
  quoteLanguage: string;
  attribution: string;
  eventDate: string | null;
  eventDatePrecision: DatePrecision | null;
  status: ClaimStatus;
  reportId: number;
  reportTitle: string;
  reportOutlet: string | null;
  reportUrl: string | null;
  reportPublishedOn: string | null;
  verdict: VerdictKind | null;
  verdictRationale: string | null;
  verdictDecidedAt: Date | null;
  verdictDecidedBy: string | null;
};

export type ClaimExtras = {
  ratings: Array<{ reliability: ReliabilityGrade; credibility: number }>;
  evidence: ExportClaim["evidence"];
  contradictedBy: Array<{ id: number; statement: string }>;
  entities: ExportClaim["entities"];
  sources: ExportClaim["sources"];
};

const judgedWords = ["no", "one", "two", "three", "four", "five"];

/**
 * How far reviewers agree, in words: the widest gap between the highest and
 * lowest judged grade on either scale. "Cannot be judged" (F, 6) is no grade.
 */
export function agreementWording(
  reviewers: number,
  consensus: ReturnType<typeof computeConsensus>,
): string {
  if (reviewers === 0) return "not rated yet";
  const counted = `${reviewers} reviewer${reviewers === 1 ? "" : "s"}`;
  const { reliabilityRange, credibilityRange } = consensus;
  if (!reliabilityRange && !credibilityRange) return `${counted}, none could judge the source`;
  if (reviewers === 1) return counted;
  const reliabilityGap = reliabilityRange
    ? reliabilityRank(reliabilityRange[1])! - reliabilityRank(reliabilityRange[0])!
    : 0;
  const credibilityGap = credibilityRange ? credibilityRange[1] - credibilityRange[0] : 0;
  const gap = Math.max(reliabilityGap, credibilityGap);
  if (gap === 0) return `${counted}, identical grades`;
  if (gap === 1) return `${counted}, grades within one step`;
  const spans = [
    reliabilityGap > 1 ? `reliability ${reliabilityRange!.join("–")}` : null,
    credibilityGap > 1 ? `credibility ${credibilityRange!.join("–")}` : null,
  ].filter(Boolean);
  return `${counted}, grades up to ${judgedWords[gap] ?? gap} steps apart (${spans.join(", ")})`;
}

export function toExportClaim(
  row: ClaimRow,
  extras: ClaimExtras,
  publicUrl: string,
  words: ExportWords,
): ExportClaim {
  const consensus = computeConsensus(extras.ratings);
  const reviewers = extras.ratings.length;
  // a scale nobody could judge reads as F or 6, "cannot be judged", in the grade
  const grade =
    reviewers === 0 ? null : words.grade(consensus.reliability ?? "F", consensus.credibility ?? 6);
  const permalink = (id: number) => `${publicUrl}/claims/${id}`;
  return {
    id: row.id,
    permalink: permalink(row.id),
    statement: row.statement,
    statementLanguage: row.statementLanguage,
    quote: { text: row.quote, language: row.quoteLanguage },
    attribution: row.attribution,
    eventDate:
      row.eventDate && row.eventDatePrecision
        ? {
            date: row.eventDate,
            precision: row.eventDatePrecision,
            label: formatEventDate(row.eventDate, row.eventDatePrecision),
          }
        : null,
    status: row.status,
    verdict:
      row.verdict && row.verdictDecidedAt
        ? {
            verdict: row.verdict,
            label: words.verdict(row.verdict),
            rationale: row.verdictRationale ?? "",
            decidedAt: row.verdictDecidedAt.toISOString(),
            decidedBy: row.verdictDecidedBy ?? "",
          }
        : null,
    sourcing: {
      reviewers,
      reliability: consensus.reliability,
      credibility: consensus.credibility,
      grade,
      agreement: words.agreement(reviewers, consensus),
      reliabilitySpread: consensus.reliabilitySpread,
      credibilitySpread: consensus.credibilitySpread,
    },
    evidence: extras.evidence,
    contradictedBy: extras.contradictedBy.map((other) => ({
      ...other,
      permalink: permalink(other.id),
    })),
    entities: extras.entities,
    sources: extras.sources,
    report: {
      id: row.reportId,
      title: row.reportTitle,
      outlet: row.reportOutlet,
      url: row.reportUrl,
      publishedOn: row.reportPublishedOn,
    },
  };
}
