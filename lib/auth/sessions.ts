import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { sessions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { env } from "@/lib/env";

/**
 * Sessions as the server keeps them (db/schema/accounts.ts). The cookie
 * names its session; the session row decides whether it still counts:
 * not ended (signed out), started within SESSION_MAX_DAYS, and used within
 * SESSION_IDLE_HOURS. A copied cookie therefore dies with its session, and
 * renewing the cookie (Auth.js's session endpoint re-issues it with a new
 * expiry) cannot stretch a session past its absolute limit.
 */
export const SESSION_MAX_DAYS = env.SESSION_MAX_DAYS;
export const SESSION_IDLE_HOURS = env.SESSION_IDLE_HOURS;

/** Requests move `last_seen_at` on at most this often: one write a minute, not one per request. */
const TOUCH_EVERY_SECONDS = 60;

/** Whether a session row still counts, as SQL on its columns. */
export const sessionIsLive = sql<boolean>`(${sessions.endedAt} is null
  and ${sessions.startedAt} > now() - make_interval(days => ${SESSION_MAX_DAYS})
  and ${sessions.lastSeenAt} > now() - make_interval(hours => ${SESSION_IDLE_HOURS}))`;

/** Whether the session's last-seen time is old enough to move on. */
export const sessionNeedsTouch = sql<boolean>`(${sessions.lastSeenAt} < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS}))`;

/** A new session for a sign-in, in its transaction: the id its cookie will carry. */
export async function startSession(tx: Executor, userId: string): Promise<string> {
  const [session] = await tx.insert(sessions).values({ userId }).returning({ id: sessions.id });
  return session!.id;
}

/** Marks the session as used now (the idle limit counts from here). */
export async function touchSession(sessionId: string): Promise<void> {
  await getDb()
    .update(sessions)
    .set({ lastSeenAt: sql`now()` })
    .where(and(eq(sessions.id, sessionId), sessionNeedsTouch));
}

/** Whether the session still counts, and moves its last-seen time on: for Auth.js's renewal. */
export async function renewableSession(sessionId: string, userId: string): Promise<boolean> {
  const [session] = await getDb()
    .select({ live: sessionIsLive, needsTouch: sessionNeedsTouch })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)));
  if (!session?.live) return false;
  if (session.needsTouch) await touchSession(sessionId);
  return true;
}

/**
 * Signs one session out on the server, with its audit event: its cookie,
 * wherever a copy of it is, is refused from the next request on. Ending a
 * session that already ended does nothing.
 */
export async function endSession(sessionId: string, userId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [ended] = await tx
      .update(sessions)
      .set({ endedAt: sql`now()` })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    if (!ended) return;
    await recordAudit(tx, {
      actorId: userId,
      action: "auth.sign_out",
      entityType: "user",
      entityId: userId,
      after: { sessionId },
    });
  });
}

/** Ends every open session of the account, in the transaction that ends them by version too. */
export async function endEverySession(tx: Executor, userId: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
}
