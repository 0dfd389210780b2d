/**
 * The kinds of notification, how each is offered on the Account page and how
 * it is emailed unless a person chooses otherwise. No server code: the Account
 * page's form reads it too.
 */
import type { EmailDelivery, NotificationKind } from "@/db/schema/enums";

export type { EmailDelivery, NotificationKind };

/** What a watcher hears of a change on a claim they watch. */
export type WatchedKind = Extract<NotificationKind, `watched_${string}`>;

/** What one person is told directly, ahead of being told as a watcher. */
export type DirectKind = "mentioned" | "comment_reply" | "assigned_claim_locked";

/** What an assignment tells its assignee, whether an editor, the assignee or the desk acted. */
export type AssignmentKind = Extract<
  NotificationKind,
  "assigned" | "unassigned" | "assignment_due_tomorrow" | "assignment_overdue"
>;

/**
 * The desk's default email for each kind (DESIGN.md): what needs someone now
 * (a mention, an assignment) at once, the rest of a watched claim's news in
 * the daily digest.
 */
export const defaultDelivery: Record<NotificationKind, EmailDelivery> = {
  mentioned: "immediate",
  comment_reply: "digest",
  watched_comment: "digest",
  watched_rating: "digest",
  watched_evidence: "digest",
  watched_contradiction: "digest",
  watched_verdict_set: "digest",
  watched_verdict_reopened: "digest",
  watched_evidence_changed: "digest",
  assigned: "immediate",
  unassigned: "immediate",
  assignment_due_tomorrow: "immediate",
  assignment_overdue: "immediate",
  assigned_claim_locked: "immediate",
};

export const immediateByDefault = (Object.keys(defaultDelivery) as NotificationKind[]).filter(
  (kind) => defaultDelivery[kind] === "immediate",
);

/** The kinds the desk writes, in the order the Account page lists them: every kind. */
export const deliveredKinds = Object.keys(defaultDelivery) as NotificationKind[];

export type DeliveredKind = NotificationKind;

// how each kind and delivery is named: the catalogue's notifications.kinds and .delivery
export const emailDeliveries = [
  "immediate",
  "digest",
  "off",
] as const satisfies readonly EmailDelivery[];

export function isDeliveredKind(value: string): value is DeliveredKind {
  return (deliveredKinds as readonly string[]).includes(value);
}
