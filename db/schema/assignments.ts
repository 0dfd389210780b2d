/**
 * Who is to look at which claim: an editor's assignment, a reviewer's own
 * "I'll check this", or the desk's proposal of a deciding look where the
 * grades split.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./accounts";
import { claims } from "./claims";

/** How an assignment was done: the assignee rated, set the verdict, or said so with a note. */
export const assignmentDoneBy = pgEnum("assignment_done_by", ["rating", "verdict", "marked"]);

/** Why an assignment ended without being done. */
export const assignmentEndReason = pgEnum("assignment_end_reason", [
  "released",
  "unassigned",
  "reassigned",
  "deactivated",
]);

/**
 * One person's assignment to one claim. It is open until it is done (the
 * person's rating or verdict, or their note) or ended (released, unassigned,
 * reassigned, or their account deactivated); ended rows stay, so the card
 * can say the claim went back to the pool and why. At most one live row
 * (not ended) per person and claim.
 */
export const claimAssignments = pgTable(
  "claim_assignments",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    assigneeId: uuid("assignee_id")
      .notNull()
      .references(() => users.id),
    /** the editor who assigned it, the assignee who took it, or null: the desk itself */
    assignedBy: uuid("assigned_by").references(() => users.id),
    /** the day it should be done by (UTC); null for no date */
    dueOn: date("due_on"),
    note: text("note"),
    /** made to settle split grades (lib/assignments/deciding-look.ts) */
    deciding: boolean("deciding").notNull().default(false),
    createdAt: createdAt(),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: assignmentDoneBy("done_by"),
    doneNote: text("done_note"),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: assignmentEndReason("end_reason"),
    /** when the daily reminders told the assignee: each at most once */
    dueTomorrowSentAt: timestamp("due_tomorrow_sent_at", { withTimezone: true }),
    overdueSentAt: timestamp("overdue_sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("claim_assignments_live_key")
      .on(t.claimId, t.assigneeId)
      .where(sql`${t.endedAt} is null`),
    // a person's open queue: the board's assignee filter, the queue page, the reminders
    index("claim_assignments_open_assignee_idx")
      .on(t.assigneeId, t.claimId)
      .where(sql`${t.endedAt} is null and ${t.doneAt} is null`),
    // the open assignments of a claim, and the overdue filter
    index("claim_assignments_open_claim_idx")
      .on(t.claimId, t.dueOn)
      .where(sql`${t.endedAt} is null and ${t.doneAt} is null`),
    index("claim_assignments_claim_idx").on(t.claimId),
  ],
);

export type ClaimAssignment = typeof claimAssignments.$inferSelect;
export type AssignmentDoneBy = (typeof assignmentDoneBy.enumValues)[number];
export type AssignmentEndReason = (typeof assignmentEndReason.enumValues)[number];
