import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { claimWatches, type User, type WatchReason } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import { lockClaim } from "@/lib/claims/lock";
import { readClaimPage } from "@/lib/claims/page-reads";

/**
 * Watching a claim from its card. Work on a claim (writing it, rating it,
 * commenting) makes a person watch it (lib/notifications/fan-out.ts); the
 * card's control is their choice, and a choice stands: unwatching is not
 * undone by a later comment.
 */

export type WatchState = { watching: boolean; reason: WatchReason | null };

export async function getWatchState(actor: User, claimId: number): Promise<WatchState> {
  assertRole(actor, "reviewer");
  // read with the rest of the claim's page, in one statement
  return (await readClaimPage(claimId, actor.id))?.viewerWatch ?? { watching: false, reason: null };
}

/** Starts or stops watching; returns whether anything changed. */
export async function setWatching(
  actor: User,
  claimId: number,
  watching: boolean,
): Promise<boolean> {
  assertRole(actor, "reviewer");
  return getDb().transaction(async (tx) => {
    // share the claim's lock order with the writers that make people watch it
    await lockClaim(tx, claimId);
    const [before] = await tx
      .select({ watching: claimWatches.watching, reason: claimWatches.reason })
      .from(claimWatches)
      .where(and(eq(claimWatches.claimId, claimId), eq(claimWatches.userId, actor.id)))
      .for("update");
    if (before && before.watching === watching && before.reason === "chose") return false;
    if (!before && !watching) {
      // never watched: remember the choice, so later work does not start watching
      await tx
        .insert(claimWatches)
        .values({ claimId, userId: actor.id, watching, reason: "chose" });
    } else {
      await tx
        .insert(claimWatches)
        .values({ claimId, userId: actor.id, watching, reason: "chose" })
        .onConflictDoUpdate({
          target: [claimWatches.claimId, claimWatches.userId],
          set: { watching, reason: "chose", updatedAt: sql`now()` },
        });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: watching ? "claim_watch.start" : "claim_watch.stop",
      entityType: "claim_watch",
      entityId: claimId,
      before: before ?? null,
      after: { watching, reason: "chose" },
    });
    return before?.watching !== watching;
  });
}

/**
 * Makes each person watch their claim for a reason of their work (an
 * assignment), unless they already watch it or chose not to: a choice stands.
 * Inside the work's transaction.
 */
export async function watchForWork(
  tx: Executor,
  watchers: ReadonlyArray<{ claimId: number; userId: string }>,
  reason: WatchReason,
): Promise<void> {
  if (watchers.length === 0) return;
  await tx
    .insert(claimWatches)
    .values(watchers.map((w) => ({ claimId: w.claimId, userId: w.userId, watching: true, reason })))
    .onConflictDoNothing();
}
