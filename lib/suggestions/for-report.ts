import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db";
import { claims, reports, suggestionDismissals, users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { splitSentences } from "@/lib/text/sentences";
import { suggestionKey } from "./key";
import { findRepeatedClaims, type RepeatedClaim } from "./repeats";
import { suggestClaimSentences, type ClaimSuggestion } from "./rank";

const SUGGESTIONS_SHOWN = 15;
/** Sentences looked at beyond those shown, so that repeats leave room for new suggestions. */
const REPEATS_LOOKED_FOR = 10;

/**
 * The report's candidate claim sentences for the reader's side panel: the
 * ranked suggestions without the ones a reviewer dismissed and without
 * sentences that already carry a claim, plus the dismissed ones so a
 * dismissal can be undone. A sentence that repeats a claim of another report
 * is not suggested as new: it comes back in `repeats`, with that claim.
 */
export async function listReportSuggestions(actor: User, reportId: number) {
  assertRole(actor, "reviewer");
  const db = getDb();
  const [report] = await db
    .select({ fullText: reports.fullText })
    .from(reports)
    .where(eq(reports.id, reportId));
  if (!report?.fullText) return null;
  const [dismissed, claimed] = await Promise.all([
    db
      .select({
        key: suggestionDismissals.suggestionKey,
        sentence: suggestionDismissals.sentence,
        dismissedAt: suggestionDismissals.dismissedAt,
        dismissedBy: users.displayName,
      })
      .from(suggestionDismissals)
      .innerJoin(users, eq(users.id, suggestionDismissals.dismissedBy))
      .where(eq(suggestionDismissals.reportId, reportId))
      .orderBy(desc(suggestionDismissals.dismissedAt)),
    db
      .select({ start: claims.anchorStart, end: claims.anchorEnd })
      .from(claims)
      .where(and(eq(claims.reportId, reportId), isNotNull(claims.anchorStart))),
  ]);
  const ranked = suggestClaimSentences(report.fullText, {
    // ask for more than are shown: some will already be claims, here or in another report
    limit: SUGGESTIONS_SHOWN + claimed.length + REPEATS_LOOKED_FOR,
    dismissed: new Set(dismissed.map((entry) => entry.key)),
  });
  const open: ClaimSuggestion[] = ranked.filter(
    (suggestion) => !claimed.some((claim) => overlaps(suggestion, claim)),
  );
  const repeated = await findRepeatedClaims(
    db,
    reportId,
    open.map((suggestion) => suggestion.text),
  );
  const repeats: RepeatedSentence[] = open.flatMap((suggestion, index) => {
    const claim = repeated[index];
    return claim ? [{ ...suggestion, claim }] : [];
  });
  const suggestions = open.filter((_, index) => !repeated[index]).slice(0, SUGGESTIONS_SHOWN);
  return { suggestions, dismissed, repeats };
}

/** A sentence of the report that says what a claim from another report already says. */
export type RepeatedSentence = ClaimSuggestion & { claim: RepeatedClaim };

/** "Not a claim": hides the sentence from this report's suggestions, for everyone. */
export async function dismissSuggestion(actor: User, reportId: number, key: string) {
  assertRole(actor, "reviewer");
  await getDb().transaction(async (tx) => {
    const [report] = await tx
      .select({ fullText: reports.fullText })
      .from(reports)
      .where(eq(reports.id, reportId));
    if (!report) throw new NotFoundError("report");
    const sentence = splitSentences(report.fullText ?? "").find(
      (candidate) => suggestionKey(candidate.text) === key,
    );
    if (!sentence) {
      throw new RuleViolation("reports.errors.suggestionGone");
    }
    const inserted = await tx
      .insert(suggestionDismissals)
      .values({ reportId, suggestionKey: key, sentence: sentence.text, dismissedBy: actor.id })
      .onConflictDoNothing()
      .returning({ key: suggestionDismissals.suggestionKey });
    // dismissed twice (two tabs, two reviewers): the first one stands, nothing to record
    if (inserted.length === 0) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "suggestion.dismiss",
      entityType: "report",
      entityId: reportId,
      after: { key, sentence: sentence.text },
    });
  });
}

/** Undoes a dismissal: the sentence is suggested again. */
export async function restoreSuggestion(actor: User, reportId: number, key: string) {
  assertRole(actor, "reviewer");
  await getDb().transaction(async (tx) => {
    const [removed] = await tx
      .delete(suggestionDismissals)
      .where(
        and(
          eq(suggestionDismissals.reportId, reportId),
          eq(suggestionDismissals.suggestionKey, key),
        ),
      )
      .returning();
    if (!removed) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "suggestion.restore",
      entityType: "report",
      entityId: reportId,
      before: { key, sentence: removed.sentence, dismissedBy: removed.dismissedBy },
    });
  });
}

function overlaps(
  suggestion: { start: number; end: number },
  claim: { start: number | null; end: number | null },
) {
  return (
    claim.start !== null &&
    claim.end !== null &&
    claim.start < suggestion.end &&
    claim.end > suggestion.start
  );
}
