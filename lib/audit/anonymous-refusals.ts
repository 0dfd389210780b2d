import "server-only";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { countWindowHit } from "@/lib/rate-limits";
import { recordAudit, type AuditEntry } from "./record";

/**
 * Refusals of callers the desk does not know (no session, an ended one, a
 * sign-in for a locked email) cost their sender nothing, and each audit event
 * waits for the chain's one lock: a loop of them could fill the trail and
 * hold up every reviewer's write. So from one address, the first
 * anonymousRefusalsRecorded() in a window are recorded one by one as before;
 * the rest are only counted, in rate_limit_windows under a lock of that
 * address's own, never the chain's. The trail says when one address passed
 * the bound (`authz.refusals_counted` with `until`), and how many it sent
 * that window in all once it is next refused after the window (`refusals`).
 */
export const ANONYMOUS_REFUSAL_WINDOW_SECONDS = 10 * 60;

/** 100 a window, times RATE_LIMIT_SCALE (the e2e suite sends every request from one address). */
export function anonymousRefusalsRecorded(): number {
  return Math.max(1, Math.round(100 * env.RATE_LIMIT_SCALE));
}

export async function recordAnonymousRefusal(address: string, entry: AuditEntry): Promise<void> {
  const db = getDb();
  const bound = anonymousRefusalsRecorded();
  const window = await countWindowHit(
    db,
    "anonymous_refusal",
    address,
    ANONYMOUS_REFUSAL_WINDOW_SECONDS,
  );
  // typed, so the audit log's test of field names sees what these events record
  const counted = (after: {
    from: Date;
    until?: Date;
    refusals: number | "counted from here on";
  }) =>
    recordAudit(db, {
      actorId: null,
      action: "authz.refusals_counted",
      entityType: "address",
      entityId: address,
      after: {
        windowSeconds: ANONYMOUS_REFUSAL_WINDOW_SECONDS,
        recordedOneByOne: bound,
        ...after,
      },
    });

  for (const closed of window.closed) {
    if (closed.hits <= bound) continue;
    await counted({ from: closed.windowStart, refusals: closed.hits });
  }
  if (window.hits <= bound) {
    await recordAudit(db, entry);
  } else if (window.hits === bound + 1) {
    const until = new Date(window.windowStart.getTime() + ANONYMOUS_REFUSAL_WINDOW_SECONDS * 1000);
    await counted({ from: window.windowStart, until, refusals: "counted from here on" });
  }
}
