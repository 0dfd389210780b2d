/**
 * The computed status of a claim: the rules of DESIGN.md ("Rating model") in
 * one pure function, so the card, the board and the tests agree, and every
 * status comes with the reasons a reviewer reads ("why is this disputed?").
 */
import type { ClaimStatus, ReliabilityGrade } from "@/db/schema";
import { credibilityRank, reliabilityFromRank, reliabilityRank } from "./grades";

export type StatusInput = {
  ratings: ReadonlyArray<{ reliability: ReliabilityGrade; credibility: number }>;
  /** unretracted evidence only: retracted links no longer count */
  evidence: ReadonlyArray<{ stance: "supports" | "contradicts" | "context" }>;
  /** how many other claims are linked to this one as contradicting it */
  contradictingClaims: number;
  quorum: number;
};

export type Consensus = {
  /** the median judged grade; null when nobody could judge that scale */
  reliability: ReliabilityGrade | null;
  credibility: number | null;
  /** interquartile range in grades; more than one grade apart is a dispute */
  reliabilitySpread: number;
  credibilitySpread: number;
  reliabilityRange: [ReliabilityGrade, ReliabilityGrade] | null;
  credibilityRange: [number, number] | null;
};

export type StatusVerdict = {
  status: ClaimStatus;
  consensus: Consensus;
  /** short clauses, most important first: "credibility ratings span 2–5" */
  reasons: StatusReason[];
};

/**
 * A clause of "why", named by its catalogue key (review.reasons.*) with the
 * figures it fills in, so the card says it in the reader's language.
 */
export type StatusReason = {
  key:
    | "noRatings"
    | "belowQuorum"
    | "reliabilitySpan"
    | "reliabilityFarApart"
    | "credibilitySpan"
    | "credibilityFarApart"
    | "contradictingSources"
    | "contradictingClaims"
    | "supportingSources"
    | "unjudged"
    | "consensus"
    | "consensusHidden"
    | "doubtful"
    | "doubtfulBlind"
    | "noSupportingEvidence"
    | "neither"
    | "neitherBlind";
  values?: Record<string, string | number>;
};

const because = (key: StatusReason["key"], values?: StatusReason["values"]): StatusReason =>
  values ? { key, values } : { key };

/** Quartiles more than this many grades apart count as reviewers disagreeing. */
export const DISPUTED_SPREAD = 1;

/**
 * `blind` words the reasons without grades, for a reader who has neither
 * rated nor chosen to see the others' grades (blind-first, DESIGN.md).
 */
export function computeStatus(input: StatusInput, { blind = false } = {}): StatusVerdict {
  const consensus = computeConsensus(input.ratings);
  const supporting = input.evidence.filter((e) => e.stance === "supports").length;
  const contradicting = input.evidence.filter((e) => e.stance === "contradicts").length;
  const count = input.ratings.length;

  if (count === 0) return { status: "unreviewed", consensus, reasons: [because("noRatings")] };
  if (count < input.quorum) {
    return {
      status: "in_review",
      consensus,
      reasons: [because("belowQuorum", { count, quorum: input.quorum })],
    };
  }

  const disputes: StatusReason[] = [];
  if (consensus.reliabilitySpread > DISPUTED_SPREAD && consensus.reliabilityRange) {
    const [from, to] = consensus.reliabilityRange;
    disputes.push(
      blind ? because("reliabilityFarApart") : because("reliabilitySpan", { from, to }),
    );
  }
  if (consensus.credibilitySpread > DISPUTED_SPREAD && consensus.credibilityRange) {
    const [from, to] = consensus.credibilityRange;
    disputes.push(
      blind ? because("credibilityFarApart") : because("credibilitySpan", { from, to }),
    );
  }
  if (contradicting > 0) disputes.push(because("contradictingSources", { count: contradicting }));
  if (input.contradictingClaims > 0) {
    disputes.push(because("contradictingClaims", { count: input.contradictingClaims }));
  }
  if (disputes.length > 0) return { status: "disputed", consensus, reasons: disputes };

  const { reliability, credibility } = consensus;
  if (reliability === null || credibility === null) {
    return {
      status: "mixed",
      consensus,
      reasons: [because("unjudged")],
    };
  }
  const grade = `${reliability}${credibility}`;
  const consensusReason = blind ? because("consensusHidden") : because("consensus", { grade });
  const strongSource = reliabilityRank(reliability)! <= 2 && credibility <= 2;
  if (strongSource && supporting > 0) {
    return {
      status: "well_sourced",
      consensus,
      reasons: [consensusReason, because("supportingSources", { count: supporting })],
    };
  }
  if (credibility >= 4) {
    return {
      status: "weakly_sourced",
      consensus,
      reasons: [blind ? because("doubtfulBlind") : because("doubtful", { grade })],
    };
  }
  return {
    status: "mixed",
    consensus,
    reasons: strongSource
      ? [consensusReason, because("noSupportingEvidence")]
      : [blind ? because("neitherBlind") : because("neither", { grade })],
  };
}

/** Says one reason in the reader's language: a translator of the `review.reasons` namespace. */
export type ReasonWords = (key: StatusReason["key"], values?: StatusReason["values"]) => string;

/** "disputed: credibility ratings span 2–5; one contradicting source" */
export function explainStatus(
  verdict: StatusVerdict,
  label: string,
  words: ReasonWords,
  separator = "; ",
): string {
  return `${label}: ${verdict.reasons.map((reason) => words(reason.key, reason.values)).join(separator)}`;
}

export function computeConsensus(ratings: StatusInput["ratings"]): Consensus {
  const reliability = judged(ratings.map((r) => reliabilityRank(r.reliability)));
  const credibility = judged(ratings.map((r) => credibilityRank(r.credibility)));
  return {
    reliability: reliability.length ? reliabilityFromRank(median(reliability)) : null,
    credibility: credibility.length ? median(credibility) : null,
    reliabilitySpread: interquartileRange(reliability),
    credibilitySpread: interquartileRange(credibility),
    reliabilityRange: reliability.length
      ? [reliabilityFromRank(reliability[0]!), reliabilityFromRank(reliability.at(-1)!)]
      : null,
    credibilityRange: credibility.length ? [credibility[0]!, credibility.at(-1)!] : null,
  };
}

function judged(ranks: Array<number | null>): number[] {
  return ranks.filter((rank): rank is number => rank !== null).sort((a, b) => a - b);
}

/**
 * The median of sorted grades. With an even count the weaker of the two
 * middle grades is taken: a desk should not round a split towards "reliable".
 */
export function median(sorted: readonly number[]): number {
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Q3 − Q1 by the nearest-rank method, which keeps quartiles on actual grades. */
export function interquartileRange(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  return at(0.75) - at(0.25);
}
