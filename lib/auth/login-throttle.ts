import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { loginAttempts } from "@/db/schema";

/**
 * Failed sign-ins are counted in Postgres, so every app instance sees the
 * same count. Failures since the last success within the window slow the
 * next attempt, then lock the email (or the address) until the window ends.
 * The same limits apply to emails that have no account, so the answer never
 * tells whether an account exists.
 */
export const THROTTLE_WINDOW_MINUTES = 15;
export const FAILURES_BEFORE_LOCK = 5;
const ADDRESS_FAILURES_BEFORE_LOCK = 30;

export type ThrottleDecision =
  { locked: false; delayMs: number } | { locked: true; retryAfterSeconds: number };

export async function checkLoginThrottle(email: string, ip: string): Promise<ThrottleDecision> {
  const db = getDb();
  const windowStart = sql`now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})`;
  const failuresSinceSuccess = (
    column: typeof loginAttempts.email | typeof loginAttempts.ip,
    value: string,
  ) =>
    db
      .select({
        count: sql<number>`count(*)::int`,
        oldest: sql<string | null>`min(${loginAttempts.attemptedAt})::text`,
      })
      .from(loginAttempts)
      .where(
        and(
          eq(column, value),
          eq(loginAttempts.succeeded, false),
          gt(loginAttempts.attemptedAt, windowStart),
          sql`${loginAttempts.attemptedAt} > coalesce((select max(s.attempted_at) from ${loginAttempts} s
                where s.${sql.identifier(column.name)} = ${value} and s.succeeded), '-infinity')`,
        ),
      );

  const [[byEmail], [byAddress]] = await Promise.all([
    failuresSinceSuccess(loginAttempts.email, email),
    failuresSinceSuccess(loginAttempts.ip, ip),
  ]);
  const emailFailures = byEmail?.count ?? 0;
  const addressFailures = byAddress?.count ?? 0;

  const lockedBy =
    emailFailures >= FAILURES_BEFORE_LOCK
      ? byEmail
      : ip !== "unknown" && addressFailures >= ADDRESS_FAILURES_BEFORE_LOCK
        ? byAddress
        : null;
  if (lockedBy?.oldest) {
    const unlockAt = new Date(lockedBy.oldest).getTime() + THROTTLE_WINDOW_MINUTES * 60_000;
    return {
      locked: true,
      retryAfterSeconds: Math.max(1, Math.ceil((unlockAt - Date.now()) / 1000)),
    };
  }
  // 0, 0.5 s, 1 s, 2 s …: a person retyping barely notices, a script does
  return {
    locked: false,
    delayMs: emailFailures < 2 ? 0 : Math.min(4_000, 250 * 2 ** (emailFailures - 1)),
  };
}

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean) {
  await getDb().insert(loginAttempts).values({ email, ip, succeeded });
}
