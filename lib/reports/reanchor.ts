import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db";
import { claims } from "@/db/schema";
import { relocateAnchor, type RelocationMethod } from "@/lib/anchoring";
import { recordClaimChange } from "@/lib/claims/record-change";

export type ReanchorSummary = {
  /** claims found again, by how */
  anchored: Record<RelocationMethod, number>;
  /** claims whose quote could not be found: kept, marked orphaned, listed for the reviewer */
  orphaned: Array<{ claimId: number; statement: string; reason: string }>;
};

/**
 * Finds every claim's quote of a report again in its new text: by offset,
 * then word for word, then approximately (lib/anchoring). A quote that
 * cannot be found is marked orphaned with the reason and stays on its card;
 * nothing is dropped. Each claim's move is audited, in the caller's
 * transaction.
 */
export async function reanchorClaims(
  tx: Transaction,
  actorId: string | null,
  reportId: number,
  text: string,
): Promise<ReanchorSummary> {
  const summary: ReanchorSummary = { anchored: { position: 0, exact: 0, fuzzy: 0 }, orphaned: [] };
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
    // an open card's quote in context moves, or shows as not found in the new text
    await recordClaimChange(tx, {
      actorId,
      action: "claim.reanchor",
      claimId: claim.id,
      before,
      after:
        found.state === "anchored"
          ? { ...anchorOf({ ...claim, ...after }), method: found.method }
          : { anchorState: "orphaned", reason: found.reason },
    });
  }
  return summary;
}

function anchorOf(claim: {
  anchorState: string;
  anchorStart: number | null;
  anchorEnd: number | null;
}) {
  return { anchorState: claim.anchorState, start: claim.anchorStart, end: claim.anchorEnd };
}
