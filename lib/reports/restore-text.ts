import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { reportTextVersions, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import {
  applyReportText,
  lockReport,
  settlingDuplicates,
  type ReplaceOutcome,
} from "./replace-text";
import { assertMayRestoreReportText } from "./permissions";

/**
 * Makes an earlier version of a report's text its text again: an editor's
 * call (./permissions.ts). The restoration is a new version of its own,
 * naming the one it restored, and every claim's quote is found again in the
 * restored text, as for a replacement.
 */
export async function restoreReportText(
  actor: User,
  reportId: number,
  versionNumber: number,
  expectedVersion: number,
): Promise<ReplaceOutcome> {
  assertMayRestoreReportText(actor);
  const db = getDb();
  const [kept] = await db
    .select({ fullText: reportTextVersions.fullText, contentHash: reportTextVersions.contentHash })
    .from(reportTextVersions)
    .where(
      and(eq(reportTextVersions.reportId, reportId), eq(reportTextVersions.number, versionNumber)),
    );
  if (!kept) throw new NotFoundError("reportTextVersion", { number: versionNumber });
  return settlingDuplicates(kept.contentHash, () =>
    db.transaction(async (tx) =>
      applyReportText(tx, actor, await lockReport(tx, reportId), expectedVersion, {
        text: kept.fullText,
        contentHash: kept.contentHash,
        restoredFrom: versionNumber,
      }),
    ),
  );
}
