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
  reasons: string[];
};

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

  if (count === 0) return { status: "unreviewed", consensus, reasons: ["no ratings yet"] };
  if (count < input.quorum) {
    return {
      status: "in_review",
      consensus,
      reasons: [`${count} of the ${input.quorum} ratings needed`],
    };
  }

  const disputes: string[] = [];
  if (consensus.reliabilitySpread > DISPUTED_SPREAD && consensus.reliabilityRange) {
    disputes.push(
      blind
        ? "reliability ratings far apart"
        : `reliability ratings span ${consensus.reliabilityRange.join("–")}`,
    );
  }
  if (consensus.credibilitySpread > DISPUTED_SPREAD && consensus.credibilityRange) {
    disputes.push(
      blind
        ? "credibility ratings far apart"
        : `credibility ratings span ${consensus.credibilityRange.join("–")}`,
    );
  }
  if (contradicting > 0) disputes.push(counted(contradicting, "contradicting source"));
  if (input.contradictingClaims > 0) {
    disputes.push(counted(input.contradictingClaims, "contradicting claim"));
  }
  if (disputes.length > 0) return { status: "disputed", consensus, reasons: disputes };

  const { reliability, credibility } = consensus;
  if (reliability === null || credibility === null) {
    return {
      status: "mixed",
      consensus,
      reasons: ["reviewers could not judge the source or the information"],
    };
  }
  const grade = blind
    ? "consensus grade hidden until you rate"
    : `consensus ${reliability}${credibility}`;
  const strongSource = reliabilityRank(reliability)! <= 2 && credibility <= 2;
  if (strongSource && supporting > 0) {
    return {
      status: "well_sourced",
      consensus,
      reasons: [grade, counted(supporting, "supporting source")],
    };
  }
  if (credibility >= 4) {
    return {
      status: "weakly_sourced",
      consensus,
      reasons: [
        blind
          ? "information judged doubtful or improbable"
          : `${grade}: information doubtful or improbable`,
      ],
    };
  }
  return {
    status: "mixed",
    consensus,
    reasons: strongSource
      ? [grade, "no supporting evidence linked yet"]
      : [blind ? "neither well nor weakly sourced" : `${grade}: neither well nor weakly sourced`],
  };
}

/** "disputed: credibility ratings span 2–5; one contradicting source" */
export function explainStatus(verdict: StatusVerdict, label: string): string {
  return `${label}: ${verdict.reasons.join("; ")}`;
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

function counted(n: number, noun: string): string {
  const words = ["no", "one", "two", "three", "four", "five"];
  return `${words[n] ?? n} ${noun}${n === 1 ? "" : "s"}`;
}
