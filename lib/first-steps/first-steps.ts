import "server-only";
import { and, asc, count, desc, eq, gte, isNotNull, isNull, max, not, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import {
  auditEvents,
  claims,
  firstStepsDismissals,
  reports,
  users,
  verdicts,
  type ClaimStatus,
  type User,
} from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { env } from "@/lib/env";
import { awaitingRatingBy, hasStandingVerdict } from "@/lib/claims/selection";

/**
 * What the dashboard suggests a person tries first, by their role, with
 * links to real things on this desk: a reviewer gets a card waiting for
 * their grade and a report to read; an editor a card ready for a verdict and
 * the export; an admin the accounts and the audit trail's integrity check.
 * Null once the person has put the first steps away.
 */
export type FirstSteps =
  | {
      role: "reviewer";
      quorum: number;
      /** the card their grade helps most: the most grades already in, so it may complete the quorum */
      claimToGrade: { id: number; statement: string; ratingCount: number } | null;
      /** the report with its full text whose reading shows most: the most claims highlighted */
      reportToRead: { id: number; title: string; highlighted: number } | null;
    }
  | {
      role: "editor";
      /** quorum met, no standing verdict; the clearest readings first */
      claimToDecide: { id: number; statement: string; status: ClaimStatus } | null;
      /** claims with a standing verdict, which the export publishes by default */
      decided: number;
    }
  | { role: "admin"; accounts: number; activeAccounts: number; newestEventId: number | null };

export async function getFirstSteps(actor: User): Promise<FirstSteps | null> {
  assertRole(actor, "reviewer");
  const db = getDb();
  const [dismissed] = await db
    .select({ at: firstStepsDismissals.dismissedAt })
    .from(firstStepsDismissals)
    .where(eq(firstStepsDismissals.userId, actor.id));
  if (dismissed) return null;
  if (actor.role === "admin") return adminSteps(db);
  if (actor.role === "editor") return editorSteps(db);
  return reviewerSteps(db, actor);
}

async function reviewerSteps(db: Executor, actor: User): Promise<FirstSteps> {
  const [claimToGrade] = await db
    .select({ id: claims.id, statement: claims.statement, ratingCount: claims.ratingCount })
    .from(claims)
    .where(awaitingRatingBy(actor.id))
    .orderBy(desc(claims.ratingCount), asc(claims.createdAt), asc(claims.id))
    .limit(1);
  const highlighted = sql<number>`count(${claims.id})::int`;
  const [reportToRead] = await db
    .select({ id: reports.id, title: reports.title, highlighted })
    .from(reports)
    .leftJoin(claims, and(eq(claims.reportId, reports.id), eq(claims.anchorState, "anchored")))
    .where(isNotNull(reports.fullText))
    .groupBy(reports.id)
    .orderBy(desc(highlighted), asc(reports.id))
    .limit(1);
  return {
    role: "reviewer",
    quorum: env.CLAIM_QUORUM,
    claimToGrade: claimToGrade ?? null,
    reportToRead: reportToRead ?? null,
  };
}

async function editorSteps(db: Executor): Promise<FirstSteps> {
  const [claimToDecide] = await db
    .select({ id: claims.id, statement: claims.statement, status: claims.status })
    .from(claims)
    .where(and(gte(claims.ratingCount, env.CLAIM_QUORUM), not(hasStandingVerdict)))
    // a clear reading is the easiest first decision: well sourced, then weakly sourced
    .orderBy(
      sql`case ${claims.status} when 'well_sourced' then 0 when 'weakly_sourced' then 1 else 2 end`,
      desc(claims.ratingCount),
      asc(claims.id),
    )
    .limit(1);
  const [decided] = await db
    .select({ n: count() })
    .from(verdicts)
    .where(isNull(verdicts.reopenedAt));
  return { role: "editor", claimToDecide: claimToDecide ?? null, decided: decided?.n ?? 0 };
}

async function adminSteps(db: Executor): Promise<FirstSteps> {
  const [accounts] = await db
    .select({ all: count(), active: sql<number>`count(*) filter (where ${users.active})::int` })
    .from(users);
  // the newest id, not a count: one step down the primary key however long the trail
  const [newest] = await db.select({ id: max(auditEvents.id) }).from(auditEvents);
  return {
    role: "admin",
    accounts: accounts?.all ?? 0,
    activeAccounts: accounts?.active ?? 0,
    newestEventId: newest?.id ?? null,
  };
}

/**
 * Puts the first steps away, or brings them back, for the actor alone.
 * Not audited: a person's choice of what their own dashboard shows changes
 * nothing anyone else sees or relies on, and grants nothing; the audit
 * trail holds changes to the desk's record and to who may do what.
 */
export async function setFirstStepsShown(actor: User, shown: boolean) {
  assertRole(actor, "reviewer");
  const db = getDb();
  if (shown) {
    await db.delete(firstStepsDismissals).where(eq(firstStepsDismissals.userId, actor.id));
  } else {
    await db.insert(firstStepsDismissals).values({ userId: actor.id }).onConflictDoNothing();
  }
}
