import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";

/** A small audited write (a change and its audit row in one transaction), for chain tests. */
export async function auditedRename(userId: string, name: string) {
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ displayName: name }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actorId: userId,
      action: "user.rename",
      entityType: "user",
      entityId: userId,
      after: { name },
    });
  });
}
