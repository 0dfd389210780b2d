import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { evidence, users, type User } from "@/db/schema";
import { RuleViolation } from "@/lib/errors";
import { linkKey } from "./link-key";

/**
 * Refuses `url` when the claim already has it as live (not retracted)
 * evidence, compared by linkKey, naming the copy that is there and who
 * added it. A retracted copy does not count: re-adding it is how a source
 * that was retracted by mistake comes back.
 *
 * Call it inside the transaction that inserts, after taking the claim's
 * lock, as addEvidence does. That lock serialises every evidence write to
 * the claim, and under READ COMMITTED the query here, run after the lock is
 * granted, sees whatever the previous holder committed; so two people
 * adding the same link at once get one row and one refusal. This is chosen
 * over a unique index on a stored normalised key: that would need the
 * normaliser again in SQL (or a backfill script outside the migrations) and
 * a decision about duplicates already on live cards before the index could
 * be built, and every change to the list of tracking parameters would mean
 * recomputing the key on every row. A claim has a handful of sources, so
 * comparing them here costs one indexed read.
 */
export async function refuseLiveCopy(tx: Executor, actor: User, claimId: number, url: string) {
  const key = linkKey(url);
  if (key === null) return;
  const live = await tx
    .select({
      url: evidence.url,
      title: evidence.title,
      addedBy: evidence.addedBy,
      addedByName: users.displayName,
      createdAt: evidence.createdAt,
    })
    .from(evidence)
    .leftJoin(users, eq(users.id, evidence.addedBy))
    .where(and(eq(evidence.claimId, claimId), isNull(evidence.retractedAt)))
    .orderBy(asc(evidence.id));
  const copy = live.find((row) => linkKey(row.url) === key);
  if (!copy) return;
  const by = copy.addedBy === actor.id ? "you" : copy.addedByName === null ? "nobody" : "named";
  throw new RuleViolation("evidence.errors.alreadyOnCard", "url", {
    title: copy.title,
    by,
    name: copy.addedByName ?? "",
    // a timestamp, which the message writes as a date in the reader's language
    date: copy.createdAt.getTime(),
  });
}
