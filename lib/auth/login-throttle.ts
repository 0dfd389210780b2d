import "server-only";
import { and, eq, gt, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { getDb } from "@/db";
import { loginAttempts } from "@/db/schema";
import { env } from "@/lib/env";

/**
 * Failed sign-ins are counted in Postgres, so every app instance sees the
 * same count. Failures of an email since its last success within the window
 * slow the next attempt, then lock the email until the window ends; failures
 * from one address (for any email not signed in to since) lock the address.
 * The same limits apply to emails that have no account, so the answer never
 * tells whether an account exists.
 *
 * An attempt is counted before its password is checked, under a lock on its
 * email and its address: otherwise parallel guesses would all read the count
 * as it was before any of them, and each would get its password checked.
 */
export const THROTTLE_WINDOW_MINUTES = 15;
export const FAILURES_BEFORE_LOCK = 5;
export const ADDRESS_FAILURES_BEFORE_LOCK = env.LOGIN_ADDRESS_FAILURE_LIMIT;

/** The address clientAddress gives when it cannot tell: never locked, or everyone would be. */
export const UNKNOWN_ADDRESS = "unknown";

// advisory lock classes (the two-key form, apart from the audit chain's one-key lock)
const EMAIL_LOCK = 18_001;
const ADDRESS_LOCK = 18_002;

export type ThrottleDecision =
  | { locked: false; delayMs: number; attemptId: number }
  | { locked: true; retryAfterSeconds: number };

const windowStart = sql`now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})`;

/** How many failures within the window match `which`, and when the oldest was. */
function failuresWithin(tx: Executor, which: SQL) {
  return tx
    .select({
      count: sql<number>`count(*)::int`,
      oldest: sql<string | null>`min(${loginAttempts.attemptedAt})::text`,
    })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, windowStart), which),
    );
}

/** An email's failures since its last success. */
const emailFailures = (tx: Executor, email: string) =>
  failuresWithin(
    tx,
    sql`${loginAttempts.email} = ${email} and ${loginAttempts.attemptedAt} > coalesce(
      (select max(s.attempted_at) from ${loginAttempts} s where s.email = ${email} and s.succeeded),
      '-infinity')`,
  );

/**
 * An address's failures, leaving out those of an email signed in to since: a
 * person's typos end with their success, but signing in to an account of
 * one's own does not wipe the guesses at everyone else's.
 */
const addressFailures = (tx: Executor, ip: string) =>
  failuresWithin(
    tx,
    sql`${loginAttempts.ip} = ${ip} and not exists (select 1 from ${loginAttempts} s
      where s.email = ${loginAttempts.email} and s.succeeded and s.attempted_at > ${loginAttempts.attemptedAt})`,
  );

/**
 * Counts a sign-in attempt (as a failure until `recordLoginSuccess` says
 * otherwise) and says whether its password may be checked, and after what
 * delay. A locked attempt is not counted: it checks nothing.
 */
export async function beginLoginAttempt(email: string, ip: string): Promise<ThrottleDecision> {
  return getDb().transaction(async (tx) => {
    // email first, address second, always: two attempts never wait on each other in a circle
    await tx.execute(sql`select pg_advisory_xact_lock(${EMAIL_LOCK}, hashtext(${email}))`);
    const knownAddress = ip !== UNKNOWN_ADDRESS;
    if (knownAddress) {
      await tx.execute(sql`select pg_advisory_xact_lock(${ADDRESS_LOCK}, hashtext(${ip}))`);
    }
    const [[byEmail], byAddress] = await Promise.all([
      emailFailures(tx, email),
      knownAddress ? addressFailures(tx, ip) : Promise.resolve([]),
    ]);
    const failures = byEmail?.count ?? 0;
    const lockedBy =
      failures >= FAILURES_BEFORE_LOCK
        ? byEmail
        : (byAddress[0]?.count ?? 0) >= ADDRESS_FAILURES_BEFORE_LOCK
          ? byAddress[0]
          : null;
    if (lockedBy?.oldest) {
      const unlockAt = new Date(lockedBy.oldest).getTime() + THROTTLE_WINDOW_MINUTES * 60_000;
      return {
        locked: true as const,
        retryAfterSeconds: Math.max(1, Math.ceil((unlockAt - Date.now()) / 1000)),
      };
    }
    const [attempt] = await tx
      .insert(loginAttempts)
      .values({ email, ip, succeeded: false })
      .returning({ id: loginAttempts.id });
    return {
      locked: false as const,
      attemptId: attempt!.id,
      // 0, 0.5 s, 1 s, 2 s …: a person retyping barely notices, a script does
      delayMs: failures < 2 ? 0 : Math.min(4_000, 250 * 2 ** (failures - 1)),
    };
  });
}

/** The attempt's password was right: it clears that email's failures (and only those). */
export async function recordLoginSuccess(tx: Executor, attemptId: number) {
  await tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}

/** The attempt checked a password that was right but signed nobody in (changing one's password). */
export async function forgetLoginAttempt(attemptId: number) {
  await getDb().delete(loginAttempts).where(eq(loginAttempts.id, attemptId));
}

export function throttleDelay(decision: { delayMs: number }) {
  return decision.delayMs
    ? new Promise((resolve) => setTimeout(resolve, decision.delayMs))
    : Promise.resolve();
}
