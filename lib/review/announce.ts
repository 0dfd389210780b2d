import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";

/** The Postgres channel on which every app instance hears about changed claims. */
export const CLAIM_CHANGES_CHANNEL = "desk_claim_changes";

export type ClaimChangeKind =
  "rating" | "evidence" | "comment" | "relation" | "verdict" | "assignment" | "claim";

export type ClaimChange = { claimId: number; kind: ClaimChangeKind; actorId: string | null };

/**
 * Tells every app instance that a claim changed, so open pages and boards
 * refresh. Call it inside the write's transaction: Postgres delivers the
 * notification only if the transaction commits, and never before.
 */
export async function announceClaimChange(tx: Executor, change: ClaimChange) {
  const { channel, payload } = claimChangeNotice(change);
  await tx.execute(sql`select pg_notify(${channel}, ${payload})`);
}

/** The NOTIFY that announces `change`, for a statement that sends it with its own work. */
export function claimChangeNotice(change: ClaimChange) {
  return { channel: CLAIM_CHANGES_CHANNEL, payload: JSON.stringify(change) };
}
