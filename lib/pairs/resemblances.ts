import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import type { PairsAround } from "./candidates";

/**
 * Pending claims worked out per catch-up: at about 5 ms a claim, a page that
 * catches up costs at most half a second, and the claims it locks meanwhile
 * are few.
 */
export const CATCH_UP_BATCH = 100;

/**
 * Works out which claims look like this one (claim_resemblances), in the
 * caller's transaction: the app does it as it makes or rewords a claim, so
 * the card's possible duplicates and contradictions are there at once.
 */
export async function recordResemblances(db: Executor, claimId: number): Promise<void> {
  await db.execute(sql`select desk_record_resemblances(${claimId})`);
}

/**
 * Works out up to `howMany` claims written without it (in bulk: the demo
 * seed, the bench's generator, a restore, an import script) or reworded by
 * SQL, oldest first; returns how many it did. The desk's lists call it before
 * they read, and the job queue every minute (catchUpResemblanceBacklog), so
 * pairs appear within a few page views or a minute of a bulk load.
 */
export async function catchUpResemblances(db: Executor, howMany = CATCH_UP_BATCH): Promise<number> {
  const result = await db.execute<{ done: number }>(
    sql`select desk_catch_up_resemblances(${howMany}) as done`,
  );
  return Number(result.rows[0]?.done ?? 0);
}

/** The queue's task that works out a bulk load's backlog without waiting for page views. */
export const RESEMBLANCES_CATCH_UP_TASK = "resemblances-catch-up";

/**
 * At most this many claims per run of the task: a generated desk of 10,000
 * is worked out within ten minutes of the queue's runs, and a run holds a
 * worker for a few seconds at most.
 */
const CATCH_UP_PER_RUN = 1000;

/**
 * The task's work: batches of CATCH_UP_BATCH, each its own statement (so the
 * claims it locks are few and soon free), until none is pending or the run's
 * share is done. Returns how many claims it worked out.
 */
export async function catchUpResemblanceBacklog(db: Executor): Promise<number> {
  let done = 0;
  while (done < CATCH_UP_PER_RUN) {
    const batch = await catchUpResemblances(db);
    done += batch;
    if (batch < CATCH_UP_BATCH) break;
  }
  return done;
}

/**
 * Works out the pending claims a list is about, one claim's or one report's,
 * so a card's page or a report's list of pairs reads them up to date; and the
 * pending claims elsewhere that share their probe words. A claim worked out
 * before its look-alike was written (a second report imported a moment
 * later) finds it only once the look-alike is worked out too, which the
 * backlog's turn might leave for a minute. One statement, which skips all of
 * it while no claim at all is pending (the usual case).
 */
export async function recordResemblancesIfPending(
  db: Executor,
  around: NonNullable<PairsAround>,
): Promise<void> {
  const which = (claim: SQL) =>
    "claimId" in around
      ? sql`${claim}.id = ${around.claimId}`
      : sql`${claim}.report_id = ${around.reportId}`;
  await db.execute(sql`
    select desk_record_resemblances(pending.id) from claims pending
    where pending.resemblances_pending
      and exists (select 1 from claims where resemblances_pending)
      and (${which(sql`pending`)} or pending.id in (
        select desk_claims_with_words(desk_probe_words(mine.statement, 2), mine.id, 8)
        from claims mine where ${which(sql`mine`)}
        union
        select desk_claims_with_words(desk_probe_words(mine.quote, 2), mine.id, 8)
        from claims mine where ${which(sql`mine`)}))
    order by pending.id`);
}
