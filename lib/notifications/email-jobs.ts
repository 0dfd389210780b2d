/** The job queue's tasks that email notifications, named once for the writers and the worker. */

/** Emails one notification whose person wants that kind at once. Payload: { notificationId }. */
export const NOTIFICATION_EMAIL_TASK = "notification-email";
/** Daily, from the crontab: queues one digest per person with news waiting. */
export const NOTIFICATION_DIGEST_TASK = "notification-digest";
/** One person's digest. Payload: { recipientId, until }. */
export const NOTIFICATION_DIGEST_FOR_TASK = "notification-digest-for";
/** Daily, from the crontab: read notifications older than 90 days go. */
export const NOTIFICATION_CLEANUP_TASK = "notification-cleanup";

/** One job per notification: a second add (a retry of the writer) replaces the first. */
export function notificationEmailJobKey(notificationId: number | ""): string {
  return `notification-email:${notificationId}`;
}

export function digestJobKey(recipientId: string): string {
  return `notification-digest:${recipientId}`;
}

/** How long read notifications are kept. */
export const READ_NOTIFICATION_RETENTION_DAYS = 90;
