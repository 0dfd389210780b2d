import { statusLabel } from "@/components/claims/status-badge";
import type { ClaimStatus, User } from "@/db/schema";
import { claimCardActions, type ClaimCardAction } from "@/lib/audit/actions";
import { getClaimHistory, HISTORY_LIMIT, type ClaimHistoryEvent } from "@/lib/claims/history";
import { HistoryEntries, type HistoryEntry } from "./history-entries";

const actionLabels: Record<ClaimCardAction, string> = {
  "claim.create": "made the card",
  "claim.edit": "edited the card",
  "claim.reanchor": "re-found the quote in new report text",
  "rating.create": "rated",
  "rating.update": "changed their rating",
  "rating.reveal": "revealed others' ratings before rating",
  "evidence.add": "added evidence",
  "evidence.retract": "retracted evidence",
  "evidence.check": "checked a source's page",
  "evidence.check_request": "asked for a source's page to be checked",
  "relation.add": "linked a related claim",
  "relation.remove": "removed a related claim",
  "comment.create": "commented",
  "comment.edit": "edited a comment",
  "comment.delete": "deleted a comment",
  "verdict.set": "set the verdict",
  "verdict.reopen": "reopened the verdict",
  "claim.tag": "tagged who or where",
  "claim.untag": "removed a tag",
  "duplicate.dismiss": "dismissed a possible duplicate",
  "contradiction.dismiss": "dismissed a possible contradiction",
  "assignment.create": "assigned the claim",
  "assignment.take": "took the claim (“I'll check this”)",
  "assignment.release": "released their assignment",
  "assignment.remove": "unassigned someone",
  "assignment.reassign": "reassigned the claim",
  "assignment.done": "finished an assignment",
  "assignment.return": "returned a deactivated account's assignment to the pool",
  "assignment.deciding":
    "assigned a deciding look, because the grades split (AUTO_ASSIGN_DECIDING)",
  "claim.add_source": "named a source the claim rests on",
  "claim.remove_source": "removed a source",
  "claim.merge_source": "merged the card's source into another",
};

/** The card's audit events as sentences: who did what, when, and what changed from → to. */
export async function ClaimHistory({ claimId, actor }: { claimId: number; actor: User }) {
  const events = await getClaimHistory(actor, claimId);
  return (
    <section aria-labelledby="history-heading" className="flex flex-col gap-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      {events.length === 0 ? (
        <p className="text-muted">
          No changes recorded since this card was loaded with the demo desk.
        </p>
      ) : (
        <HistoryEntries entries={events.map(historyEntry)} />
      )}
      {events.length === HISTORY_LIMIT && (
        <p className="text-sm text-muted">Showing the latest {HISTORY_LIMIT} events.</p>
      )}
    </section>
  );
}

/**
 * What an event records that a reader of the card has no use for: the ids of
 * rows the page shows by other means, version counters, quote offsets, and
 * the two halves of a grade that `grade` already shows as "B2".
 */
const bookkeeping = new Set([
  "commentId",
  "parentId",
  "authorId",
  "deletedBy",
  "version",
  "verdictId",
  "relationId",
  "evidenceId",
  "snapshotId",
  "entityId",
  "reportId",
  "anchor",
  "reliability",
  "credibility",
  "assigneeId",
  "assigneeIds",
  "assignmentId",
]);

/**
 * An event as the page shows it, worked out here so that only what is shown
 * leaves the server: a comment's words stay out (they live in the discussion,
 * where deleting them hides them), so do grades a blind reader may not see
 * yet (lib/claims/history.ts), and long values arrive cut.
 */
function historyEntry(event: ClaimHistoryEvent): HistoryEntry {
  const hidden = event.action.startsWith("comment.") ? ["body"] : [];
  const old = asRecord(event.before);
  const now = asRecord(event.after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) =>
      !hidden.includes(key) && !bookkeeping.has(key) && show(key, old[key]) !== show(key, now[key]),
  );
  const changes = keys.map((key) => ({
    key: wordsOf(key),
    ...(key in old && { before: show(key, old[key]) }),
    ...(key in now && { after: show(key, now[key]) }),
  }));
  if (event.gradesHidden) changes.unshift({ key: "grade", after: "hidden until you rate" });
  return {
    id: event.id,
    actor: event.actor ?? "The system",
    did: isClaimCardAction(event.action) ? actionLabels[event.action] : event.action,
    occurredAt: event.occurredAt.toISOString(),
    changes,
  };
}

// events written before an action was named keep their raw name
function isClaimCardAction(action: string): action is ClaimCardAction {
  return (claimCardActions as readonly string[]).includes(action);
}

/** "eventDatePrecision" → "event date precision", "toClaimId" → "to claim" */
function wordsOf(key: string): string {
  return key
    .replace(/Id$/, "")
    .replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)
    .trim();
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function show(key: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (key === "status" && typeof value === "string") return statusLabel(value as ClaimStatus);
  if (key.endsWith("ClaimId")) return `#${String(value)}`;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
