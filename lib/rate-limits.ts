import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { rateLimitWindows } from "@/db/schema";
import { env } from "@/lib/env";
import { RuleViolation } from "@/lib/errors";

/**
 * Rate limits on what a signed-in person (or a script with their token)
 * could otherwise do without end: comments, report imports, exports, API
 * token use. Counted in Postgres in fixed windows, so every app instance
 * sees the same count, like the login throttle. Generous for a person at
 * work; RATE_LIMIT_SCALE multiplies them all (the bench and the load test
 * drive the desk faster than any person).
 */
export const rateLimits = {
  comment: { limit: 20, windowSeconds: 60 },
  report_import: { limit: 30, windowSeconds: 60 * 60 },
  export: { limit: 20, windowSeconds: 10 * 60 },
  // lower than a person's own: a token is the credential most likely to leak
  api_token: { limit: 10, windowSeconds: 10 * 60 },
} as const;

export type RateLimitKind = keyof typeof rateLimits;

/**
 * A rate limit was reached: the form (or the API's error) says which, and
 * when to try again, in the reader's language (the catalogue's rateLimits).
 */
export class RateLimited extends RuleViolation {
  constructor(
    kind: RateLimitKind,
    readonly retryAfterSeconds: number,
  ) {
    super(`rateLimits.${kind}`, undefined, { seconds: retryAfterSeconds });
  }
}

export function limitOf(kind: RateLimitKind): number {
  return Math.max(1, Math.round(rateLimits[kind].limit * env.RATE_LIMIT_SCALE));
}

/**
 * Counts one use of `kind` by `subject`, or throws RateLimited when the
 * window's allowance is spent. In the caller's transaction when it has one:
 * a write that rolls back (refused, failed) then takes nothing from the
 * allowance, and the window's row stays locked until it commits, so parallel
 * requests cannot all squeeze under the limit.
 */
export async function consumeRateLimit(
  db: Executor,
  kind: RateLimitKind,
  subject: string,
): Promise<void> {
  const { windowSeconds } = rateLimits[kind];
  const window = await countWindowHit(db, kind, subject, windowSeconds);
  if (window.hits > limitOf(kind)) {
    throw new RateLimited(kind, window.retryAfterSeconds);
  }
}

export type WindowCount = {
  /** hits in the current window, this one included */
  hits: number;
  windowStart: Date;
  /** seconds until the next window starts, at least 1 */
  retryAfterSeconds: number;
  /** the subject's earlier windows in this bucket, removed as this one started */
  closed: { windowStart: Date; hits: number }[];
};

/**
 * Counts one hit of `subject` in `bucket`'s current fixed window of
 * `windowSeconds`, in one statement that locks only the window's row. The
 * subject's earlier windows go as a new one starts, and are returned.
 */
export async function countWindowHit(
  db: Executor,
  bucket: string,
  subject: string,
  windowSeconds: number,
): Promise<WindowCount> {
  const windowStart = sql`to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds})`;
  const [window] = await db
    .insert(rateLimitWindows)
    .values({ bucket, subject, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitWindows.bucket, rateLimitWindows.subject, rateLimitWindows.windowStart],
      set: { hits: sql`${rateLimitWindows.hits} + 1` },
    })
    .returning({
      hits: rateLimitWindows.hits,
      windowStart: rateLimitWindows.windowStart,
      retryAfterSeconds: sql<number>`ceil(extract(epoch from
        ${rateLimitWindows.windowStart} + make_interval(secs => ${windowSeconds}) - now()))::int`,
    });
  const { hits, retryAfterSeconds } = window!;
  const closed =
    hits === 1
      ? await db
          .delete(rateLimitWindows)
          .where(
            and(
              eq(rateLimitWindows.bucket, bucket),
              eq(rateLimitWindows.subject, subject),
              lt(rateLimitWindows.windowStart, window!.windowStart),
            ),
          )
          .returning({ windowStart: rateLimitWindows.windowStart, hits: rateLimitWindows.hits })
      : [];
  return {
    hits,
    windowStart: window!.windowStart,
    retryAfterSeconds: Math.max(1, retryAfterSeconds),
    closed,
  };
}
