import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { claims } from "@/db/schema";

/** Whether a claim still waits for its look-alikes to be worked out (claims.resemblances_pending). */
export async function resemblancesPendingOf(claimId: number): Promise<boolean> {
  const [row] = await getDb()
    .select({ pending: claims.resemblancesPending })
    .from(claims)
    .where(eq(claims.id, claimId));
  return row!.pending;
}
