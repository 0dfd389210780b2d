import "server-only";
import type { User } from "@/db/schema";
import { getDb } from "@/db";
import { assertRole } from "@/lib/auth/authorization";
import {
  proposeContradiction,
  readClaim,
  type ReadClaim,
  type ValueConflict,
} from "@/lib/contradictions/detect";
import { duplicateScore } from "@/lib/duplicates/duplicate-rule";
import { draftWords, markSharedWords, type MarkedText } from "@/lib/duplicates/marks";
import {
  candidatePairs,
  type CandidatePair,
  type PairedClaim,
  type PairsAround,
} from "./candidates";
import { mayDismissProposal } from "./permissions";
import { catchUpResemblances, recordResemblancesIfPending } from "./resemblances";

export type ProposedClaim = {
  id: number;
  statement: string;
  status: PairedClaim["status"];
  reportId: number;
  reportTitle: string;
};

export type ContradictionProposalView = {
  claims: [ProposedClaim, ProposedClaim];
  conflicts: ValueConflict[];
  sharedEntities: string[];
  score: number;
  canDismiss: boolean;
};

export type DuplicateProposalView = {
  claims: [ProposedClaim, ProposedClaim];
  /** each statement with the words the other claim also has marked */
  marks: [MarkedText, MarkedText];
  score: number;
  canDismiss: boolean;
};

/** How many proposals a list shows; the page says how many more there are. */
export const PROPOSALS_SHOWN = 50;

const shown = (claim: PairedClaim): ProposedClaim => ({
  id: claim.id,
  statement: claim.statement,
  status: claim.status,
  reportId: claim.reportId,
  reportTitle: claim.reportTitle,
});

/**
 * `anyPending: false` says the caller has just read that no claim on the desk
 * waits for its look-alikes (the claim page's own read asks), so nothing need
 * be worked out first.
 */
export type PairsReadOptions = { anyPending?: boolean };

async function readPairs(
  kind: "contradiction" | "duplicate",
  around: PairsAround,
  { anyPending = true }: PairsReadOptions = {},
) {
  const db = getDb();
  // claims written in bulk are worked out a batch at a time, a card's or a report's own at once
  if (around === null) await catchUpResemblances(db);
  else if (anyPending) await recordResemblancesIfPending(db, around);
  // the pairs and their claims, in one statement
  const { pairs, claims } = await candidatePairs(db, kind, around);
  const read = new Map<number, ReadClaim>();
  const readOnce = (id: number) => {
    let found = read.get(id);
    if (!found) read.set(id, (found = readClaim(claims.get(id)!)));
    return found;
  };
  const present = (pair: CandidatePair) =>
    claims.has(pair.claimId) && claims.has(pair.otherClaimId);
  return { pairs: pairs.filter(present), claims, readOnce };
}

/**
 * Pairs of claims that share their subject and differ in a date or a count,
 * strongest first: for the desk's list, one claim's page (`around` a claim),
 * or the pairs a report's claims are in (`around` a report). Pairs already
 * linked or dismissed as no contradiction are not proposed again.
 */
export async function listContradictionProposals(
  actor: User,
  around: PairsAround = null,
  options: PairsReadOptions = {},
): Promise<ContradictionProposalView[]> {
  assertRole(actor, "reviewer");
  const { pairs, claims, readOnce } = await readPairs("contradiction", around, options);
  const canDismiss = mayDismissProposal(actor, "contradiction");
  return pairs
    .flatMap((pair) => {
      const proposal = proposeContradiction(readOnce(pair.claimId), readOnce(pair.otherClaimId));
      if (!proposal) return [];
      const a = claims.get(pair.claimId)!;
      const b = claims.get(pair.otherClaimId)!;
      return [
        {
          claims: [shown(a), shown(b)] as [ProposedClaim, ProposedClaim],
          conflicts: proposal.conflicts,
          sharedEntities: proposal.subject.sharedEntityIds.map((id) => a.entityNames[id]!),
          score: proposal.score,
          canDismiss,
        },
      ];
    })
    .sort((x, y) => y.score - x.score || x.claims[0].id - y.claims[0].id);
}

/**
 * Pairs of claims not yet linked whose statements or quotes are much alike
 * and which give no different value, most alike first, for an editor to link
 * as the same claim or dismiss; with `around` a report, those its claims are in.
 */
export async function listDuplicateProposals(
  actor: User,
  around: PairsAround = null,
): Promise<DuplicateProposalView[]> {
  assertRole(actor, "reviewer");
  const { pairs, claims, readOnce } = await readPairs("duplicate", around);
  const canDismiss = mayDismissProposal(actor, "duplicate");
  return pairs
    .flatMap((pair) => {
      if (pair.statementSimilarity === null || pair.quoteSimilarity === null) return [];
      const score = duplicateScore(readOnce(pair.claimId), readOnce(pair.otherClaimId), {
        statementSimilarity: pair.statementSimilarity,
        quoteSimilarity: pair.quoteSimilarity,
      });
      if (score === null) return [];
      const a = claims.get(pair.claimId)!;
      const b = claims.get(pair.otherClaimId)!;
      return [
        {
          claims: [shown(a), shown(b)] as [ProposedClaim, ProposedClaim],
          marks: [
            markSharedWords(a.statement, draftWords(b.statement)),
            markSharedWords(b.statement, draftWords(a.statement)),
          ] as [MarkedText, MarkedText],
          score,
          canDismiss,
        },
      ];
    })
    .sort((x, y) => y.score - x.score || x.claims[0].id - y.claims[0].id);
}
