import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { notifications, type User } from "@/db/schema";
import { setWatching } from "@/lib/notifications/watch";

/** Everything `person` has been told, oldest first. */
export const notificationsOf = (person: User) =>
  getDb()
    .select()
    .from(notifications)
    .where(eq(notifications.recipientId, person.id))
    .orderBy(notifications.id);

/** `person` watches the claim by choice. */
export async function watch(person: User, claimId: number) {
  await setWatching(person, claimId, true);
}
