import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { claims, reports, type Report } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { actorIdOf, assertActorRole, commandLine, type Actor } from "@/lib/auth/actor";
import { isUniqueViolation } from "@/lib/database/errors";
import { NotFoundError, VersionConflict } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limits";
import { acceptedText, describeText, findByHash, via } from "./import";
import { reanchorClaims, type ReanchorSummary } from "./reanchor";
import { reportContentHash } from "./report-text";
import { assertMayReplaceReportText } from "./permissions";
import { keepCurrentText, keepTextVersion } from "./text-versions";

export type ReplacedText = ReanchorSummary & {
  outcome: "replaced";
  reportId: number;
  /** the version number the new text was kept as */
  textVersion: number;
};

export type ReplaceOutcome =
  | ReplacedText
  | { outcome: "duplicate"; reportId: number; title: string }
  | { outcome: "unchanged"; reportId: number };

/**
 * Gives a report its full text, or a corrected version of it, and finds every
 * claim's quote again in the new text (./reanchor.ts). The text it replaces
 * stays among the report's versions. A text that claims are anchored in is
 * replaced only by the report's importer or an editor (./permissions.ts).
 *
 * The report row is locked and its version checked, so two reviewers
 * importing text for the same report at once cannot interleave.
 */
export async function replaceReportText(
  actor: Actor,
  reportId: number,
  expectedVersion: number,
  rawText: string,
): Promise<ReplaceOutcome> {
  assertActorRole(actor, "reviewer");
  const text = acceptedText(rawText);
  const contentHash = reportContentHash(text);
  return settlingDuplicates(contentHash, () =>
    getDb().transaction(async (tx) => {
      const report = await lockReport(tx, reportId);
      if (actor !== commandLine && report.fullText != null) {
        const [anchored] = await tx
          .select({ id: claims.id })
          .from(claims)
          .where(and(eq(claims.reportId, reportId), eq(claims.anchorState, "anchored")))
          .limit(1);
        assertMayReplaceReportText(actor, { ...report, hasAnchoredClaims: !!anchored });
      }
      return applyReportText(tx, actor, report, expectedVersion, { text, contentHash });
    }),
  );
}

export async function lockReport(tx: Transaction, reportId: number): Promise<Report> {
  const [report] = await tx.select().from(reports).where(eq(reports.id, reportId)).for("update");
  if (!report) throw new NotFoundError("report");
  return report;
}

/**
 * Makes `text` the report's text, under its row lock: checks the version the
 * form started from, refuses a text another report has, keeps the outgoing
 * and the new text as versions, re-locates every claim's quote and records it
 * all, in the caller's transaction.
 */
export async function applyReportText(
  tx: Transaction,
  actor: Actor,
  report: Report,
  expectedVersion: number,
  next: { text: string; contentHash: string; restoredFrom?: number },
): Promise<ReplaceOutcome> {
  const reportId = report.id;
  if (report.version !== expectedVersion) {
    throw new VersionConflict("reports.errors.textChangedSince", { version: report.version });
  }
  if (report.contentHash === next.contentHash) return { outcome: "unchanged", reportId };
  const [other] = await tx
    .select({ reportId: reports.id, title: reports.title })
    .from(reports)
    .where(and(eq(reports.contentHash, next.contentHash), ne(reports.id, reportId)));
  if (other) return { outcome: "duplicate", ...other };

  const actorId = actorIdOf(actor);
  if (actorId) await consumeRateLimit(tx, "report_import", actorId);
  const previousVersion = await keepCurrentText(tx, report);
  const summary = await reanchorClaims(tx, actorId, reportId, next.text);
  await tx
    .update(reports)
    .set({ fullText: next.text, contentHash: next.contentHash, version: report.version + 1 })
    .where(eq(reports.id, reportId));
  const textVersion = await keepTextVersion(tx, {
    reportId,
    fullText: next.text,
    contentHash: next.contentHash,
    setBy: actorId,
    restoredFrom: next.restoredFrom,
  });
  await recordAudit(tx, {
    actorId,
    action:
      next.restoredFrom !== undefined
        ? "report.restore_text"
        : report.fullText == null
          ? "report.attach_text"
          : "report.replace_text",
    entityType: "report",
    entityId: reportId,
    before: report.contentHash
      ? { ...describeText(report.fullText ?? "", report.contentHash), textVersion: previousVersion }
      : { fullText: null },
    after: {
      ...describeText(next.text, next.contentHash),
      textVersion,
      ...(next.restoredFrom !== undefined && { restoredFrom: next.restoredFrom }),
      anchored: summary.anchored,
      orphaned: summary.orphaned.map((lost) => lost.claimId),
      ...via(actor),
    },
  });
  return { outcome: "replaced", reportId, textVersion, ...summary };
}

/** The same text imported as a new report at this moment: the unique index decides. */
export async function settlingDuplicates(
  contentHash: string,
  write: () => Promise<ReplaceOutcome>,
): Promise<ReplaceOutcome> {
  try {
    return await write();
  } catch (error) {
    const raced = isUniqueViolation(error) ? await findByHash(getDb(), contentHash) : null;
    if (raced) return { outcome: "duplicate", ...raced };
    throw error;
  }
}
