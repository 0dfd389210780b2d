import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { claims, reports } from "@/db/schema";
import { relocateAnchor, type RelocationMethod } from "@/lib/anchoring";
import { recordAudit } from "@/lib/audit/record";
import { isUniqueViolation } from "@/lib/database/errors";
import { actorIdOf, assertActorRole, type Actor } from "@/lib/auth/actor";
import { NotFoundError, VersionConflict } from "@/lib/errors";
import { acceptedText, describeText, findByHash, via } from "./import";
import { reportContentHash } from "./report-text";

export type ReanchorSummary = {
  outcome: "replaced";
  reportId: number;
  /** claims found again, by how */
  anchored: Record<RelocationMethod, number>;
  /** claims whose quote could not be found: kept, marked orphaned, listed for the reviewer */
  orphaned: Array<{ claimId: number; statement: string; reason: string }>;
};

export type ReplaceOutcome =
  | ReanchorSummary
  | { outcome: "duplicate"; reportId: number; title: string }
  | { outcome: "unchanged"; reportId: number };

/**
 * Gives a report its full text, or a corrected version of it, and finds every
 * claim's quote again in the new text: by offset, then word for word, then
 * approximately (lib/anchoring). A quote that cannot be found is marked
 * orphaned with the reason and stays on its card; nothing is dropped.
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
  const actorId = actorIdOf(actor);

  try {
    return await replaceInTransaction(actorId, actor, reportId, expectedVersion, text, contentHash);
  } catch (error) {
    // the same text imported as a new report at this moment: the unique index decides
    const raced = isUniqueViolation(error) ? await findByHash(getDb(), contentHash) : null;
    if (raced) return { outcome: "duplicate", ...raced };
    throw error;
  }
}

function replaceInTransaction(
  actorId: string | null,
  actor: Actor,
  reportId: number,
  expectedVersion: number,
  text: string,
  contentHash: string,
): Promise<ReplaceOutcome> {
  return getDb().transaction(async (tx) => {
    const [report] = await tx.select().from(reports).where(eq(reports.id, reportId)).for("update");
    if (!report) throw new NotFoundError("The report");
    if (report.version !== expectedVersion) {
      throw new VersionConflict(
        "Someone changed this report's text while you were working. Reload the page to see it, then import again.",
        { version: report.version },
      );
    }
    if (report.contentHash === contentHash) return { outcome: "unchanged" as const, reportId };
    const [other] = await tx
      .select({ reportId: reports.id, title: reports.title })
      .from(reports)
      .where(and(eq(reports.contentHash, contentHash), ne(reports.id, reportId)));
    if (other) return { outcome: "duplicate" as const, ...other };

    const summary: ReanchorSummary = {
      outcome: "replaced",
      reportId,
      anchored: { position: 0, exact: 0, fuzzy: 0 },
      orphaned: [],
    };
    const reportClaims = await tx
      .select()
      .from(claims)
      .where(eq(claims.reportId, reportId))
      .orderBy(claims.id);
    for (const claim of reportClaims) {
      const before = anchorOf(claim);
      const found = relocateAnchor(text, {
        exact: claim.anchorExact,
        prefix: claim.anchorPrefix ?? undefined,
        suffix: claim.anchorSuffix ?? undefined,
        start: claim.anchorStart ?? undefined,
        end: claim.anchorEnd ?? undefined,
      });
      const after =
        found.state === "anchored"
          ? {
              anchorState: "anchored" as const,
              anchorPrefix: found.anchor.prefix,
              anchorSuffix: found.anchor.suffix,
              anchorStart: found.anchor.start,
              anchorEnd: found.anchor.end,
            }
          : // the stored quote and context stay: they are what a later, better text is matched on
            { anchorState: "orphaned" as const, anchorStart: null, anchorEnd: null };
      if (found.state === "anchored") summary.anchored[found.method] += 1;
      else {
        summary.orphaned.push({
          claimId: claim.id,
          statement: claim.statement,
          reason: found.reason,
        });
      }
      await tx.update(claims).set(after).where(eq(claims.id, claim.id));
      await recordAudit(tx, {
        actorId,
        action: "claim.reanchor",
        entityType: "claim",
        entityId: claim.id,
        before,
        after:
          found.state === "anchored"
            ? { ...anchorOf({ ...claim, ...after }), method: found.method }
            : { anchorState: "orphaned", reason: found.reason },
      });
    }

    await tx
      .update(reports)
      .set({ fullText: text, contentHash, version: report.version + 1 })
      .where(eq(reports.id, reportId));
    await recordAudit(tx, {
      actorId,
      action: report.fullText == null ? "report.attach_text" : "report.replace_text",
      entityType: "report",
      entityId: reportId,
      before: report.contentHash
        ? describeText(report.fullText ?? "", report.contentHash)
        : { fullText: null },
      after: {
        ...describeText(text, contentHash),
        anchored: summary.anchored,
        orphaned: summary.orphaned.map((lost) => lost.claimId),
        ...via(actor),
      },
    });
    return summary;
  });
}

function anchorOf(claim: {
  anchorState: string;
  anchorStart: number | null;
  anchorEnd: number | null;
}) {
  return { anchorState: claim.anchorState, start: claim.anchorStart, end: claim.anchorEnd };
}
