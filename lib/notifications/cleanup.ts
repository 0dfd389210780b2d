import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit/record";
import { READ_NOTIFICATION_RETENTION_DAYS } from "./email-jobs";

/**
 * The queue's daily notification-cleanup task: read notifications are kept
 * 90 days, then deleted, with one audit event saying how many. Unread ones
 * stay until read, however old.
 */
export async function deleteOldReadNotifications(): Promise<number> {
  return getDb().transaction(async (tx) => {
    const result = await tx.execute(sql`
      delete from notifications
      where read_at < now() - make_interval(days => ${READ_NOTIFICATION_RETENTION_DAYS})
    `);
    const deleted = result.rowCount ?? 0;
    if (deleted > 0) {
      await recordAudit(tx, {
        actorId: null,
        action: "notification.cleanup",
        entityType: "notification",
        entityId: null,
        after: { deleted, readBeforeDays: READ_NOTIFICATION_RETENTION_DAYS },
      });
    }
    return deleted;
  });
}
