import pg from "pg";
import type { ClaimChange } from "@/lib/review/announce";
import { CLAIM_CHANGES_CHANNEL } from "@/lib/review/announce";

/**
 * Listens on the claim-change channel as another app instance would, from its
 * own connection, and keeps every announcement in the order Postgres delivered
 * them: what tells open pages and boards that a claim changed.
 */
export async function listenForClaimChanges() {
  const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  const heard: ClaimChange[] = [];
  listener.on("notification", (message) => heard.push(JSON.parse(message.payload ?? "null")));
  await listener.query(`listen ${CLAIM_CHANGES_CHANNEL}`);
  return {
    heard,
    /** the announcements about these claims, without the others' */
    about: (...claimIds: number[]) => heard.filter((change) => claimIds.includes(change.claimId)),
    stop: () => listener.end(),
  };
}

export type ClaimChangeListener = Awaited<ReturnType<typeof listenForClaimChanges>>;
