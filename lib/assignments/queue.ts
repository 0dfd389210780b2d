import "server-only";
import { and, asc, desc, eq, gte, isNotNull, isNull, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Executor } from "@/db";
import { claimAssignments, claims, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { readClaimPage } from "@/lib/claims/page-reads";
import { hasStandingVerdict, standingVerdict } from "@/lib/claims/selection";
import { readActivePeople } from "@/lib/users/active-people";
import { DUE_SOON_DAYS, todayUtc } from "./due";
import { isAssignable } from "./assignable";
import { isOpenAssignment } from "./record";

/**
 * Reading assignments: a claim's people, a person's queue, the desk's
 * workload and the claims a deactivation returned to the pool. Any signed-in
 * person may read them: who works on what is no secret on a desk.
 */

/** How long done work stays listed in a person's queue. */
export const DONE_LISTED_DAYS = 14;

const assigner = alias(users, "assigner");

/** What the card and the queue show of an assignment (the query joins `assigner` on assigned_by). */
const assignmentColumns = {
  id: claimAssignments.id,
  assignedBy: assigner.displayName,
  byDesk: sql<boolean>`${claimAssignments.assignedBy} is null`,
  tookItThemselves: sql<boolean>`${claimAssignments.assignedBy} = ${claimAssignments.assigneeId}`,
  dueOn: claimAssignments.dueOn,
  note: claimAssignments.note,
  deciding: claimAssignments.deciding,
  createdAt: claimAssignments.createdAt,
  doneAt: claimAssignments.doneAt,
  doneBy: claimAssignments.doneBy,
  doneNote: claimAssignments.doneNote,
};

/** People with an open assignment on the claim (told when a verdict locks it). */
export async function openAssigneesOf(db: Executor, claimId: number): Promise<string[]> {
  const rows = await db
    .select({ id: claimAssignments.assigneeId })
    .from(claimAssignments)
    .where(and(eq(claimAssignments.claimId, claimId), isOpenAssignment));
  return rows.map((row) => row.id);
}

/** A claim's assignments that have not ended, open ones first, as the card lists them. */
export async function listClaimAssignments(actor: User, claimId: number) {
  assertRole(actor, "reviewer");
  const page = await readClaimPage(claimId, actor.id);
  const live = page?.assignments ?? [];
  const returned = page?.lastDeactivatedHolder ?? null;
  const open = live.filter((row) => row.doneAt === null);
  return {
    assignments: live,
    /** the last deactivated holder, while nobody holds the claim again */
    returnedFrom: open.length === 0 ? returned : null,
  };
}

export type ClaimAssignmentRow = Awaited<
  ReturnType<typeof listClaimAssignments>
>["assignments"][number];

/** The people the assign forms offer: active reviewers and editors, by name. */
export async function listAssignablePeople(actor: User) {
  assertRole(actor, "reviewer");
  const people = await readActivePeople();
  return people
    .filter((person) => isAssignable({ active: true, role: person.role }))
    .map(({ id, displayName }) => ({ id, name: displayName }));
}

/** A person's queue: open assignments, the soonest due first, then what they finished lately. */
export async function listMyAssignments(actor: User) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const columns = {
    ...assignmentColumns,
    claimId: claims.id,
    statement: claims.statement,
    status: claims.status,
    verdict: standingVerdict,
  };
  const mine = eq(claimAssignments.assigneeId, actor.id);
  const [open, done] = await Promise.all([
    db
      .select(columns)
      .from(claimAssignments)
      .innerJoin(claims, eq(claims.id, claimAssignments.claimId))
      .leftJoin(assigner, eq(assigner.id, claimAssignments.assignedBy))
      .where(and(mine, isOpenAssignment))
      .orderBy(sql`${claimAssignments.dueOn} asc nulls last`, asc(claimAssignments.id)),
    db
      .select(columns)
      .from(claimAssignments)
      .innerJoin(claims, eq(claims.id, claimAssignments.claimId))
      .leftJoin(assigner, eq(assigner.id, claimAssignments.assignedBy))
      .where(
        and(
          mine,
          isNull(claimAssignments.endedAt),
          isNotNull(claimAssignments.doneAt),
          gte(claimAssignments.doneAt, sql`now() - make_interval(days => ${DONE_LISTED_DAYS})`),
        ),
      )
      .orderBy(desc(claimAssignments.doneAt))
      .limit(50),
  ]);
  return { open, done, today: todayUtc() };
}

export type QueueAssignment = Awaited<ReturnType<typeof listMyAssignments>>["open"][number];

export type Workload = {
  id: string;
  name: string;
  open: number;
  dueSoon: number;
  overdue: number;
};

/** Each assignable person's open, due-soon and overdue counts, for the dashboard. */
export async function listWorkloads(actor: User, today = todayUtc()): Promise<Workload[]> {
  assertRole(actor, "reviewer");
  return (await workloadRows(getDb(), today))
    .filter(isAssignable)
    .map(({ id, name, open, dueSoon, overdue }) => ({ id, name, open, dueSoon, overdue }));
}

/** Every active account with its open, due-soon and overdue counts (the deciding look's queue sizes too). */
export async function workloadRows(db: Executor, today: string) {
  const open = sql`${claimAssignments.endedAt} is null and ${claimAssignments.doneAt} is null`;
  return db
    .select({
      id: users.id,
      name: users.displayName,
      active: users.active,
      role: users.role,
      open: sql<number>`count(${claimAssignments.id}) filter (where ${open})::int`,
      dueSoon: sql<number>`count(${claimAssignments.id}) filter (where ${open}
        and ${claimAssignments.dueOn} >= ${today}::date
        and ${claimAssignments.dueOn} < ${today}::date + ${DUE_SOON_DAYS}::int)::int`,
      overdue: sql<number>`count(${claimAssignments.id}) filter (where ${open}
        and ${claimAssignments.dueOn} < ${today}::date)::int`,
    })
    .from(users)
    .leftJoin(claimAssignments, eq(claimAssignments.assigneeId, users.id))
    .where(eq(users.active, true))
    .groupBy(users.id)
    .orderBy(asc(users.displayName), asc(users.id));
}

/**
 * Claims whose holder's account was deactivated and that nobody holds again
 * yet (nor has a verdict closed): flagged for editors on the dashboard.
 */
export async function listReturnedToPool(actor: User) {
  assertRole(actor, "editor");
  const other = alias(claimAssignments, "other");
  return getDb()
    .selectDistinctOn([claims.id], {
      claimId: claims.id,
      statement: claims.statement,
      formerAssignee: users.displayName,
      returnedAt: claimAssignments.endedAt,
    })
    .from(claimAssignments)
    .innerJoin(claims, eq(claims.id, claimAssignments.claimId))
    .innerJoin(users, eq(users.id, claimAssignments.assigneeId))
    .where(
      and(
        eq(claimAssignments.endReason, "deactivated"),
        sql`not ${hasStandingVerdict}`,
        notExists(
          getDb()
            .select({ one: sql`1` })
            .from(other)
            .where(and(eq(other.claimId, claims.id), isNull(other.endedAt), isNull(other.doneAt))),
        ),
      ),
    )
    .orderBy(asc(claims.id), desc(claimAssignments.endedAt))
    .limit(100);
}
