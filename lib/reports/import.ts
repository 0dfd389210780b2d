import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db";
import { reports } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { isUniqueViolation } from "@/lib/database/errors";
import { actorIdOf, assertActorRole, commandLine, type Actor } from "@/lib/auth/actor";
import { RuleViolation } from "@/lib/errors";
import { nameReportOutlet } from "@/lib/sources/report-source";
import { reportLanguage } from "@/lib/web/extract-article";
import { consumeRateLimit } from "@/lib/rate-limits";
import type { ReportMetadata } from "./metadata";
import { checkReportText, reportContentHash } from "./report-text";
import { refusalMessage } from "./refusal";
import { keepTextVersion } from "./text-versions";

export type ImportOutcome =
  | { outcome: "imported"; reportId: number; title: string }
  /** the same text is already in the desk: offered instead of a second copy */
  | { outcome: "duplicate"; reportId: number; title: string };

/**
 * Adds a report with its full text. Text that is already in the desk (same
 * content hash, whatever the line wrapping) is not imported twice: the
 * existing report is returned for the reviewer to open.
 */
export async function importReport(
  actor: Actor,
  metadata: ReportMetadata,
  rawText: string,
): Promise<ImportOutcome> {
  assertActorRole(actor, "reviewer");
  const text = acceptedText(rawText);
  const contentHash = reportContentHash(text);
  const db = getDb();

  const existing = await findByHash(db, contentHash);
  if (existing) return { outcome: "duplicate", ...existing };
  try {
    return await db.transaction(async (tx) => {
      if (actor !== commandLine) await consumeRateLimit(tx, "report_import", actor.id);
      const [report] = await tx
        .insert(reports)
        .values({
          ...metadata,
          language: reportLanguage(metadata.language, text),
          fullText: text,
          contentHash,
          importedBy: actorIdOf(actor),
        })
        .returning();
      const textVersion = await keepTextVersion(tx, {
        reportId: report!.id,
        fullText: text,
        contentHash,
        setBy: actorIdOf(actor),
      });
      const outlet = metadata.outlet
        ? await nameReportOutlet(tx, actorIdOf(actor), report!.id, metadata.outlet)
        : null;
      await recordAudit(tx, {
        actorId: actorIdOf(actor),
        action: "report.import",
        entityType: "report",
        entityId: report!.id,
        after: {
          ...metadata,
          ...(outlet && { outletSourceId: outlet.id }),
          ...describeText(text, contentHash),
          textVersion,
          ...via(actor),
        },
      });
      return { outcome: "imported" as const, reportId: report!.id, title: report!.title };
    });
  } catch (error) {
    // two reviewers importing the same text at once: the unique index lets one through
    const raced = isUniqueViolation(error) ? await findByHash(db, contentHash) : null;
    if (raced) return { outcome: "duplicate", ...raced };
    throw error;
  }
}

/** The text as the desk will store it, or a RuleViolation on the text field saying why not. */
export function acceptedText(rawText: string): string {
  const checked = checkReportText(rawText);
  if (!checked.ok) throw new RuleViolation(refusalMessage(checked), "text", checked.values);
  return checked.text;
}

export async function findByHash(db: Executor, contentHash: string) {
  const [found] = await db
    .select({ reportId: reports.id, title: reports.title })
    .from(reports)
    .where(eq(reports.contentHash, contentHash));
  return found ?? null;
}

/** What the audit trail keeps about a text: enough to recognise it, not the text itself. */
export function describeText(text: string, contentHash: string) {
  return { characters: text.length, contentHash };
}

export function via(actor: Actor) {
  return actor === commandLine ? { via: commandLine } : {};
}
