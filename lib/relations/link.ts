import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Executor } from "@/db";
import { claimRelations, claims, users, type ClaimRelation } from "@/db/schema";
import { recordClaimChange } from "@/lib/claims/record-change";
import { notifyClaimChange } from "@/lib/notifications/fan-out";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { refreshClaimStatus } from "@/lib/review/refresh-status";

/**
 * Writes a link between two claims, with its audit events: the one writer of
 * links, so that the app (addRelation, which decides who may) and the demo
 * seed leave the same trail for the same act.
 *
 * Two claims take one link at most, whatever its kind and direction: "A
 * contradicts B" beside "B corroborates A" would list each claim under both
 * headings. The unique index on the unordered pair includes the kind, so it
 * only refuses the same link twice; the rule across kinds rests on the lock.
 * Every writer of a pair locks both claims' rows first and looks for a link
 * only once it holds them: in read committed each statement sees what was
 * committed before it began, so a racing writer's link is seen, not missed.
 */

type RelationKind = ClaimRelation["kind"];

export type ClaimLink = {
  /** the card the link is made from */
  claimId: number;
  otherClaimId: number;
  kind: RelationKind;
  note: string;
  /** who the card names as having linked them; null for the desk itself */
  createdBy: string | null;
};

export type LinkAudit = {
  /** the person acting; null for the system (demo seed) */
  actorId: string | null;
  /** the seed ties all its events to one id; the app's come from the request */
  requestId?: string;
};

/** The refusal of the same link twice, also when the unique index is what notices. */
export function sameLinkRefusal(kind: RelationKind): RuleViolation {
  return new RuleViolation("relations.errors.sameLink", "kind", { kind });
}

/** The refusal of a second link of another kind: says which link stands and how to change it. */
function otherLinkRefusal(
  existing: { kind: RelationKind; createdByName: string | null },
  wanted: RelationKind,
): RuleViolation {
  return new RuleViolation("relations.errors.otherLink", "kind", {
    existing: existing.kind,
    wanted,
    by: existing.createdByName === null ? "desk" : "named",
    name: existing.createdByName ?? "",
  });
}

export async function linkClaims(
  tx: Executor,
  link: ClaimLink,
  audit: LinkAudit,
): Promise<{ relationId: number }> {
  const { claimId, otherClaimId, kind, note, createdBy } = link;
  const locked = await lockClaims(tx, [claimId, otherClaimId]);
  if (!locked.some((c) => c.id === claimId)) throw new NotFoundError("claim");
  if (!locked.some((c) => c.id === otherClaimId)) {
    throw new RuleViolation("relations.errors.otherGone", "otherClaimId");
  }
  const [existing] = await tx
    .select({ kind: claimRelations.kind, createdByName: users.displayName })
    .from(claimRelations)
    .leftJoin(users, eq(users.id, claimRelations.createdBy))
    .where(
      or(
        and(eq(claimRelations.fromClaimId, claimId), eq(claimRelations.toClaimId, otherClaimId)),
        and(eq(claimRelations.fromClaimId, otherClaimId), eq(claimRelations.toClaimId, claimId)),
      ),
    );
  if (existing) {
    throw existing.kind === kind ? sameLinkRefusal(kind) : otherLinkRefusal(existing, kind);
  }

  const [added] = await tx
    .insert(claimRelations)
    .values({ fromClaimId: claimId, toClaimId: otherClaimId, kind, note, createdBy })
    .returning({ id: claimRelations.id });
  const relationId = added!.id;
  const statuses = new Map<number, string>();
  for (const { id } of locked) statuses.set(id, (await refreshClaimStatus(tx, id)).status);
  if (kind === "contradicts") {
    // each card's watchers hear once, of the card they watch, naming the other
    await notifyClaimChange(tx, {
      actorId: audit.actorId,
      claims: [
        { claimId, detail: { otherClaimId } },
        { claimId: otherClaimId, detail: { otherClaimId: claimId } },
      ],
      kind: "watched_contradiction",
    });
  }
  // one event per card, since a card's history is the events about that claim
  for (const claim of locked) {
    await recordClaimChange(tx, {
      actorId: audit.actorId,
      action: "relation.add",
      claimId: claim.id,
      before: { status: claim.status },
      after: {
        relationId,
        fromClaimId: claimId,
        toClaimId: otherClaimId,
        kind,
        note,
        status: statuses.get(claim.id),
      },
      requestId: audit.requestId,
    });
  }
  return { relationId };
}

/**
 * Locks both claims' rows in id order (so two writers on the same pair never
 * deadlock), making link writes and status refreshes on a pair run one after
 * the other.
 */
export async function lockClaims(tx: Executor, claimIds: number[]) {
  return tx
    .select({ id: claims.id, status: claims.status })
    .from(claims)
    .where(inArray(claims.id, claimIds))
    .orderBy(asc(claims.id))
    .for("no key update");
}
