import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { evidence, evidenceSnapshots, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { snapshotSummaryColumns } from "./list";

/**
 * A source's captures for the page that shows them: the source, every
 * snapshot newest first (without text), and the text of the one asked for
 * (by default the newest that has text). The text is the extracted article,
 * shown as text; the page's HTML is never stored.
 */
export async function getEvidenceSnapshots(actor: User, evidenceId: number, snapshotId?: number) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const [source] = await db
    .select({
      id: evidence.id,
      claimId: evidence.claimId,
      title: evidence.title,
      url: evidence.url,
      quote: evidence.quote,
      flag: evidence.flag,
      retractedAt: evidence.retractedAt,
    })
    .from(evidence)
    .where(eq(evidence.id, evidenceId));
  if (!source) return null;
  const snapshots = await db
    .select({
      ...snapshotSummaryColumns,
      finalUrl: evidenceSnapshots.finalUrl,
      title: evidenceSnapshots.title,
      textHash: evidenceSnapshots.textHash,
      failureMessage: evidenceSnapshots.failureMessage,
    })
    .from(evidenceSnapshots)
    .where(eq(evidenceSnapshots.evidenceId, evidenceId))
    .orderBy(desc(evidenceSnapshots.id));
  const shownId =
    snapshotId ?? snapshots.find((snapshot) => snapshot.textHash !== null)?.id ?? null;
  const [shown] =
    shownId === null
      ? []
      : await db
          .select({ id: evidenceSnapshots.id, text: evidenceSnapshots.text })
          .from(evidenceSnapshots)
          .where(
            and(eq(evidenceSnapshots.id, shownId), eq(evidenceSnapshots.evidenceId, evidenceId)),
          );
  return { source, snapshots, shown: shown ?? null };
}

export type EvidenceSnapshots = NonNullable<Awaited<ReturnType<typeof getEvidenceSnapshots>>>;
