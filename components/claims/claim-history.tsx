import type { User } from "@/db/schema";
import { getClaimHistory, HISTORY_LIMIT } from "@/lib/claims/history";

const actionLabels: Record<string, string> = {
  "claim.create": "made the card",
  "claim.edit": "edited the card",
  "claim.reanchor": "re-found the quote in new report text",
  "rating.create": "rated",
  "rating.update": "changed their rating",
  "rating.reveal": "revealed others' ratings before rating",
  "evidence.add": "added evidence",
  "evidence.retract": "retracted evidence",
  "relation.add": "linked a related claim",
  "relation.remove": "removed a related claim",
  "comment.create": "commented",
  "comment.edit": "edited a comment",
  "comment.delete": "deleted a comment",
  "verdict.set": "set the verdict",
  "verdict.reopen": "reopened the verdict",
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
        <ol className="flex flex-col gap-2 border-s-2 border-line ps-4">
          {events.map((event) => (
            <li key={event.id} className="text-sm">
              <p>
                <span className="font-medium">{event.actor ?? "The system"}</span>{" "}
                {actionLabels[event.action] ?? event.action}{" "}
                <time className="text-muted" dateTime={event.occurredAt.toISOString()}>
                  {event.occurredAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </time>
              </p>
              <Changes
                before={event.before}
                after={event.after}
                // a comment's words live in the discussion, where deleting them hides them
                hidden={event.action.startsWith("comment.") ? ["body"] : []}
              />
            </li>
          ))}
        </ol>
      )}
      {events.length === HISTORY_LIMIT && (
        <p className="text-sm text-muted">Showing the latest {HISTORY_LIMIT} events.</p>
      )}
    </section>
  );
}

function Changes({ before, after, hidden }: { before: unknown; after: unknown; hidden: string[] }) {
  const old = asRecord(before);
  const now = asRecord(after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) => !hidden.includes(key) && show(old[key]) !== show(now[key]),
  );
  if (keys.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-muted">
      {keys.map((key) => (
        <div key={key} className="contents">
          <dt>{key}</dt>
          <dd dir="auto" className="break-words">
            {key in old && <del className="me-1">{show(old[key])}</del>}
            {key in old && key in now && "→ "}
            {key in now && <ins className="no-underline">{show(now[key])}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
