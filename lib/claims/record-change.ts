import "server-only";
import type { Executor } from "@/db";
import type { ClaimCardAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { claimChangeNotice, type ClaimChangeKind } from "@/lib/review/announce";

export type ClaimChangeRecord = {
  /** null for the system (demo seed) */
  actorId: string | null;
  claimId: number;
  action: ClaimCardAction;
  before?: unknown;
  after?: unknown;
  /** by default the current request's; the seed ties all its events to one of its own */
  requestId?: string;
};

/** "rating" of "rating.create": the part of the card an action changes. */
type CardPart<A> = A extends `${infer Part}.${string}` ? Part : never;

/**
 * Which live-update kind each part of a card is: what open pages and boards
 * refresh. Keyed by every part that ClaimCardAction names, so an action on a
 * new part does not type-check until it has a kind.
 */
const changeKinds: Record<CardPart<ClaimCardAction>, ClaimChangeKind> = {
  claim: "claim",
  rating: "rating",
  evidence: "evidence",
  relation: "relation",
  comment: "comment",
  verdict: "verdict",
  // a dismissed proposal changes what the card's pair lists show, as a link does
  duplicate: "relation",
  contradiction: "relation",
  assignment: "assignment",
};

function changeKindOf(action: ClaimCardAction): ClaimChangeKind {
  return changeKinds[action.split(".")[0] as CardPart<ClaimCardAction>];
}

/**
 * The tail of every write that changes a claim card: tell every app instance
 * (delivered only if the transaction commits) and append the card's audit
 * event, in one statement. Call it inside the write's transaction as its last step, since the
 * audit chain's lock is held from the insert until commit.
 */
export async function recordClaimChange(tx: Executor, change: ClaimChangeRecord) {
  const { actorId, claimId, action, before, after, requestId } = change;
  // one statement: the event and the announcement, which Postgres delivers on commit
  await recordAudit(
    tx,
    { actorId, action, entityType: "claim", entityId: claimId, before, after, requestId },
    { notify: claimChangeNotice({ claimId, kind: changeKindOf(action), actorId }) },
  );
}
