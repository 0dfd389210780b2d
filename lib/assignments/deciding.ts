import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import {
  claimAssignments,
  claims,
  ratings,
  users,
  type ReliabilityGrade,
  type User,
} from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { hasStandingVerdict } from "@/lib/claims/selection";
import { readClaimPage } from "@/lib/claims/page-reads";
import { env } from "@/lib/env";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import {
  needsDecidingLook,
  proposeDecidingReviewer,
  type ClaimPeople,
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
  return lookFrom(db, await readLookFacts(db, claimId));
}

async function lookFrom(db: Executor, facts: LookFacts): Promise<DecidingLook> {
  if (!facts.needed) return { needed: false, proposal: null, assigned: facts.assigned };
  const proposal = proposeDecidingReviewer(await decidingCandidates(db), facts.people);
  return {
    needed: true,
    proposal: proposal && {
      id: proposal.id,
      name: proposal.name,
      openAssignments: proposal.openAssignments,
    },
    assigned: facts.assigned,
  };
}

/** What the rule reads of one claim: its grades, author, raters, holders and deciding assignment. */
async function readLookFacts(db: Executor, claimId: number) {
  // one query at a time: inside a transaction there is one connection
  const [claim] = await db
    .select({
      authorId: claims.createdBy,
      lockedByVerdict: sql<boolean>`${hasStandingVerdict}`,
    })
    .from(claims)
    .where(eq(claims.id, claimId));
  if (!claim) throw new NotFoundError("claim");
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
      byDesk: sql<boolean>`${claimAssignments.assignedBy} is null`,
      doneAt: claimAssignments.doneAt,
    })
    .from(claimAssignments)
    .innerJoin(users, eq(users.id, claimAssignments.assigneeId))
    .where(and(eq(claimAssignments.claimId, claimId), isNull(claimAssignments.endedAt)))
    .orderBy(asc(claimAssignments.id));
  return lookFacts({ ...claim, ratings: claimRatings, live });
}

/** What a claim's page or a write read of it, for the rule. */
type ClaimLookInput = {
  authorId: string | null;
  lockedByVerdict: boolean;
  ratings: Array<{ reviewerId: string; reliability: ReliabilityGrade; credibility: number }>;
  /** its assignments that have not ended, in the order they were made */
  live: Array<{
    assigneeId: string;
    assigneeName: string;
    deciding: boolean;
    byDesk: boolean;
    doneAt: Date | null;
  }>;
};

type LookFacts = ReturnType<typeof lookFacts>;

function lookFacts({ authorId, lockedByVerdict, ratings: claimRatings, live }: ClaimLookInput) {
  const deciding = live.find((row) => row.deciding) ?? null;
  return {
    needed: needsDecidingLook({
      ratings: claimRatings,
      quorum: env.CLAIM_QUORUM,
      lockedByVerdict,
      hasDecidingAssignment: deciding !== null,
    }),
    people: {
      authorId,
      raterIds: claimRatings.map((rating) => rating.reviewerId),
      holderIds: live.filter((row) => row.doneAt === null).map((row) => row.assigneeId),
    } satisfies ClaimPeople,
    assigned: deciding && {
      assigneeName: deciding.assigneeName,
      byDesk: deciding.byDesk,
      done: deciding.doneAt !== null,
    },
  };
}

/** The card's deciding look, for any signed-in reader. */
export async function getDecidingLook(actor: User, claimId: number): Promise<DecidingLook> {
  assertRole(actor, "reviewer");
  // what the card's other panels read too, shared within the render
  const page = await readClaimPage(claimId, actor.id);
  if (!page) throw new NotFoundError("claim");
  const facts = lookFacts({
    authorId: page.claim.createdBy,
    lockedByVerdict: page.verdict !== null,
    ratings: page.ratings,
    live: page.assignments
      .map((row) => ({ ...row, assigneeName: row.assignee }))
      .sort((a, b) => a.id - b.id),
  });
  return lookFrom(getDb(), facts);
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
 * An editor assigns the proposal with one click. Queues change all the time,
 * so the person the page proposed is taken as long as the rule still allows
 * them (active, not the author, has not rated, does not hold it) and the
 * claim still needs the look, all checked again under the claim's lock.
 */
export async function assignDecidingLook(actor: User, claimId: number, assigneeId: string) {
  assertRole(actor, "editor");
  return getDb().transaction(async (tx) => {
    const [claim] = await lockClaims(tx, [claimId]);
    if (!claim) throw new NotFoundError("claim");
    assertMayAssignClaim(actor, claim);
    const facts = await readLookFacts(tx, claimId);
    if (!facts.needed) throw new RuleViolation("assignment.errors.noDecidingLook");
    const person = (await decidingCandidates(tx)).filter((one) => one.id === assigneeId);
    const chosen = proposeDecidingReviewer(person, facts.people);
    if (!chosen) {
      throw new RuleViolation("assignment.errors.decidingUnfit");
    }
    const [written] = await writeAssignments(
      tx,
      actor.id,
      [{ claimId, assignee: chosen, dueOn: null, note: null, deciding: true }],
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
