/**
 * The server process's ear on the database: one dedicated connection that
 * LISTENs for claim changes (lib/review/announce.ts) and for whose
 * notifications changed (the bells), and hands each one to
 * the open live streams of this process. Every app instance runs its own
 * feed, so a change committed through any instance reaches the pages served
 * by all of them.
 *
 * The connection is not taken from the pool: a LISTEN holds its connection
 * for good, and a pooled client would be handed back and lose the LISTEN. It
 * opens on the first subscriber, closes a few seconds after the last one
 * leaves, and is cached on globalThis so that hot reload, and route bundles
 * that each carry a copy of this module, share one connection per process.
 *
 * Postgres does not replay notifications to a connection that was away. So
 * when the connection drops (database restart, terminated backend) the feed
 * reconnects with backoff, LISTENs again and sends every subscriber a
 * "resync": something may have changed unseen, re-read everything.
 */
import "server-only";
import pg from "pg";
import { z } from "zod";
import {
  NOTIFICATIONS_CHANNEL,
  parseBellChange,
  type BellChange,
} from "@/lib/notifications/bell-channel";
import {
  CLAIM_CHANGES_CHANNEL,
  type ClaimChange,
  type ClaimChangeKind,
} from "@/lib/review/announce";

export type ClaimFeedEvent =
  | { type: "change"; change: ClaimChange }
  /** some people's unread notifications changed (lib/notifications/bell-channel.ts) */
  | { type: "bell"; change: BellChange }
  /** the feed was disconnected and is back: changes may have been missed */
  | { type: "resync" };

export type ClaimFeedListener = (event: ClaimFeedEvent) => void;

/** How the listener connection names itself in pg_stat_activity. */
export const FEED_APPLICATION_NAME = "desk-live-feed";

const FIRST_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 5_000;
/** Page navigations close one stream and open the next; keep the connection across the gap. */
const IDLE_CLOSE_DELAY_MS = 5_000;

const claimChangeKinds = [
  "rating",
  "evidence",
  "comment",
  "relation",
  "verdict",
  "assignment",
  "claim",
] as const satisfies readonly ClaimChangeKind[];
// fails to compile when announce.ts gains a kind this list lacks
const everyKindListed: [Exclude<ClaimChangeKind, (typeof claimChangeKinds)[number]>] extends [never]
  ? true
  : false = true;
void everyKindListed;

const claimChangePayload = z.object({
  claimId: z.number().int().positive(),
  // A kind this version does not know (another instance running newer code)
  // still means "this claim changed": refresh it rather than drop it.
  kind: z.enum(claimChangeKinds).catch("claim"),
  actorId: z
    .string()
    .nullish()
    .transform((id) => id ?? null),
});

/** A notification's payload as a claim change, or null for anything else. */
export function parseClaimChange(payload: string | undefined): ClaimChange | null {
  if (!payload) return null;
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = claimChangePayload.safeParse(json);
  return parsed.success ? parsed.data : null;
}

type Subscription = { listener: ClaimFeedListener };

type Feed = {
  subscriptions: Set<Subscription>;
  /** the connection being opened or listening; null while waiting to retry or idle */
  client: pg.Client | null;
  listening: boolean;
  /** bumped whenever a connection is abandoned, so its late events are ignored */
  generation: number;
  /** connection attempts lost or failed since the feed last listened */
  failures: number;
  downSince: number | null;
  retryTimer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
  /** resolved when the feed is listening (see waitForClaimChangeFeed) */
  onListening: Set<() => void>;
};

const cache = globalThis as unknown as { deskClaimChangeFeed?: Feed };

function feed(): Feed {
  cache.deskClaimChangeFeed ??= {
    subscriptions: new Set(),
    client: null,
    listening: false,
    generation: 0,
    failures: 0,
    downSince: null,
    retryTimer: null,
    idleTimer: null,
    onListening: new Set(),
  };
  return cache.deskClaimChangeFeed;
}

/**
 * Calls `listener` for every claim change committed from now on, and with a
 * resync after the feed had to reconnect. Returns the unsubscribe function
 * (safe to call twice). Listeners run synchronously on the connection's
 * event; one that throws is logged and does not disturb the others.
 */
export function subscribeToClaimChanges(listener: ClaimFeedListener): () => void {
  const state = feed();
  const subscription: Subscription = { listener };
  state.subscriptions.add(subscription);
  if (state.idleTimer) {
    clearTimeout(state.idleTimer);
    state.idleTimer = null;
  }
  if (!state.client && !state.retryTimer) void connect(state);

  return () => {
    if (!state.subscriptions.delete(subscription)) return;
    if (state.subscriptions.size > 0 || state.idleTimer) return;
    state.idleTimer = setTimeout(() => {
      state.idleTimer = null;
      if (state.subscriptions.size === 0) disconnect(state);
    }, IDLE_CLOSE_DELAY_MS);
    state.idleTimer.unref();
  };
}

/**
 * Resolves true once the feed is LISTENing (at once if it already is), or
 * false after `timeoutMs`. A stream that waits for this before answering
 * tells its client "live" only when changes can actually reach it.
 */
export function waitForClaimChangeFeed(timeoutMs: number): Promise<boolean> {
  const state = feed();
  if (state.listening) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (listening: boolean) => {
      clearTimeout(timer);
      state.onListening.delete(onListening);
      resolve(listening);
    };
    const onListening = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    state.onListening.add(onListening);
  });
}

/** Closes the connection now and forgets every subscriber: for shutdown and tests. */
export async function closeClaimChangeFeed(): Promise<void> {
  const state = feed();
  state.subscriptions.clear();
  if (state.idleTimer) clearTimeout(state.idleTimer);
  state.idleTimer = null;
  await disconnect(state);
}

async function connect(state: Feed) {
  const generation = ++state.generation;
  // read at connect time, not at import: tests point each file at its own database
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    application_name: FEED_APPLICATION_NAME,
    connectionTimeoutMillis: 5_000,
    // notice a peer that vanished without closing the socket (host or network gone)
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  state.client = client;
  // Without 'error' handlers a dropped connection would crash the process.
  client.on("error", (error) => lost(state, generation, error));
  client.on("end", () => lost(state, generation, new Error("the connection closed")));
  client.on("notification", (message) => {
    if (generation !== state.generation) return;
    if (message.channel === NOTIFICATIONS_CHANNEL) {
      const change = parseBellChange(message.payload);
      if (change) broadcast(state, { type: "bell", change });
      return;
    }
    if (message.channel !== CLAIM_CHANGES_CHANNEL) return;
    const change = parseClaimChange(message.payload);
    if (!change) {
      console.warn(
        `[live] ignored a malformed ${CLAIM_CHANGES_CHANNEL} payload: ${String(message.payload).slice(0, 200)}`,
      );
      return;
    }
    broadcast(state, { type: "change", change });
  });

  try {
    if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
    await client.connect();
    await client.query(`LISTEN "${CLAIM_CHANGES_CHANNEL}"`);
    await client.query(`LISTEN "${NOTIFICATIONS_CHANNEL}"`);
  } catch (error) {
    lost(state, generation, error);
    return;
  }
  if (generation !== state.generation) return; // closed while connecting

  state.listening = true;
  for (const resolve of [...state.onListening]) resolve();
  if (state.failures > 0) {
    const downForSeconds = ((Date.now() - (state.downSince ?? Date.now())) / 1000).toFixed(1);
    console.info(
      `[live] listening on ${CLAIM_CHANGES_CHANNEL} again after ${downForSeconds} s; open pages were told to resync`,
    );
    state.failures = 0;
    state.downSince = null;
    broadcast(state, { type: "resync" });
  }
}

/** The connection failed or dropped: forget it and, while anyone listens, try again. */
function lost(state: Feed, generation: number, error: unknown) {
  if (generation !== state.generation) return; // already handled ('error' then 'end')
  state.generation += 1;
  const client = state.client;
  state.client = null;
  state.listening = false;
  client?.end().catch(() => {});
  if (state.subscriptions.size === 0) return;

  state.failures += 1;
  const delay = Math.min(FIRST_RETRY_DELAY_MS * 2 ** (state.failures - 1), MAX_RETRY_DELAY_MS);
  if (state.failures === 1) {
    state.downSince = Date.now();
    // one line per outage, not one per attempt
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `[live] not listening on ${CLAIM_CHANGES_CHANNEL} (${reason}); reconnecting every ${FIRST_RETRY_DELAY_MS / 1000}–${MAX_RETRY_DELAY_MS / 1000} s`,
    );
  }
  state.retryTimer = setTimeout(() => {
    state.retryTimer = null;
    if (state.subscriptions.size > 0 && !state.client) void connect(state);
  }, delay);
  state.retryTimer.unref();
}

async function disconnect(state: Feed) {
  state.generation += 1;
  if (state.retryTimer) clearTimeout(state.retryTimer);
  state.retryTimer = null;
  const client = state.client;
  state.client = null;
  state.listening = false;
  state.failures = 0;
  state.downSince = null;
  await client?.end().catch(() => {});
}

function broadcast(state: Feed, event: ClaimFeedEvent) {
  for (const subscription of [...state.subscriptions]) {
    try {
      subscription.listener(event);
    } catch (error) {
      console.error("[live] a claim-change subscriber failed:", error);
    }
  }
}
