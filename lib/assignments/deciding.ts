import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { claimAssignments, claims, ratings, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { hasStandingVerdict } from "@/lib/claims/selection";
import { env } from "@/lib/env";
import { RuleViolation } from "@/lib/errors";
import {
  needsDecidingLook,
  proposeDecidingReviewer,
  type DecidingCandidate,
} from "./deciding-look";
import { todayUtc } from "./due";
import { assertMayAssignClaim } from "./permissions";
import { workloadRows } from "./queue";
import { lockClaims, writeAssignments } from "./record";

/**
 * The deciding look of one claim as the card shows it and the writes use it:
 * whether it is needed, whom the rule proposes (./deciding-look.ts), and the
 * deciding assignment once there is one. No grade leaves here.
 */
export type DecidingLook = {
  needed: boolean;
  proposal: { id: string; name: string; openAssignments: number } | null;
  /** the deciding assignment, open or done, once made */
  assigned: { assigneeName: string; byDesk: boolean; done: boolean } | null;
};

export async function readDecidingLook(db: Executor, claimId: number): Promise<DecidingLook> {
  // one query at a time: inside a transaction there is one connection
  const [claim] = await db
    .select({
      authorId: claims.createdBy,
      lockedByVerdict: sql<boolean>`${hasStandingVerdict}`,
    })
    .from(claims)
    .where(eq(claims.id, claimId));
  if (!claim) return { needed: false, proposal: null, assigned: null };
  const claimRatings = await db
    .select({
      reviewerId: ratings.reviewerId,
      reliability: ratings.reliability,
      credibility: ratings.credibility,
    })
    .from(ratings)
    .where(eq(ratings.claimId, claimId));
  const live = await db
    .select({
      assigneeId: claimAssignments.assigneeId,
      assigneeName: users.displayName,
      deciding: claimAssignments.deciding,
      assignedBy: claimAssignments.assignedBy,
      doneAt: claimAssignments.doneAt,
    })
    .from(claimAssignments)
    .innerJoin(users, eq(users.id, claimAssignments.assigneeId))
    .where(and(eq(claimAssignments.claimId, claimId), isNull(claimAssignments.endedAt)))
    .orderBy(asc(claimAssignments.id));
  const deciding = live.find((row) => row.deciding) ?? null;
  const needed = needsDecidingLook({
    ratings: claimRatings,
    quorum: env.CLAIM_QUORUM,
    lockedByVerdict: claim.lockedByVerdict,
    hasDecidingAssignment: deciding !== null,
  });
  const assigned = deciding && {
    assigneeName: deciding.assigneeName,
    byDesk: deciding.assignedBy === null,
    done: deciding.doneAt !== null,
  };
  if (!needed) return { needed, proposal: null, assigned };
  const proposal = proposeDecidingReviewer(await decidingCandidates(db), {
    authorId: claim.authorId,
    raterIds: claimRatings.map((rating) => rating.reviewerId),
    holderIds: live.filter((row) => row.doneAt === null).map((row) => row.assigneeId),
  });
  return {
    needed,
    proposal: proposal && {
      id: proposal.id,
      name: proposal.name,
      openAssignments: proposal.openAssignments,
    },
    assigned,
  };
}

/** Every account that may be assigned, with the size of its open queue. */
async function decidingCandidates(db: Executor): Promise<DecidingCandidate[]> {
  return (await workloadRows(db, todayUtc())).map(({ id, name, active, role, open }) => ({
    id,
    name,
    active,
    role,
    openAssignments: open,
  }));
}

/**
 * An editor assigns the proposal with one click. The proposal is worked out
 * again under the claim's lock: if it changed since the page was drawn
 * (someone rated, or was assigned), the editor is told and sees the new one.
 */
export async function assignDecidingLook(actor: User, claimId: number, proposedId: string) {
  assertRole(actor, "editor");
  return getDb().transaction(async (tx) => {
    const [claim] = await lockClaims(tx, [claimId]);
    if (!claim) throw new RuleViolation("The claim was not found.");
    assertMayAssignClaim(actor, claim);
    const look = await readDecidingLook(tx, claimId);
    if (!look.needed) throw new RuleViolation("This claim no longer needs a deciding look.");
    if (!look.proposal || look.proposal.id !== proposedId) {
      throw new RuleViolation(
        "The proposal has changed since the page was drawn; reload to see whom the desk proposes now.",
      );
    }
    const [written] = await writeAssignments(
      tx,
      actor.id,
      [{ claimId, assignee: look.proposal, dueOn: null, note: null, deciding: true }],
      "assignment.create",
    );
    return written!;
  });
}

/**
 * With AUTO_ASSIGN_DECIDING=1 the desk assigns the proposal itself, in the
 * transaction of the rating that made the grades split (the claim is locked
 * by it); the card's History says the desk did it.
 */
export async function autoAssignDecidingLook(tx: Executor, claimId: number): Promise<boolean> {
  if (!env.AUTO_ASSIGN_DECIDING) return false;
  const look = await readDecidingLook(tx, claimId);
  if (!look.needed || !look.proposal) return false;
  const written = await writeAssignments(
    tx,
    null,
    [{ claimId, assignee: look.proposal, dueOn: null, note: null, deciding: true }],
    "assignment.deciding",
  );
  return written.length > 0;
}
