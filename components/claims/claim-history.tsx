import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { ClaimStatus, User } from "@/db/schema";
import { claimCardActions, type ClaimCardAction } from "@/lib/audit/actions";
import { fieldNamer } from "@/lib/audit/field-names";
import { failureSelector } from "@/lib/evidence/snapshot-words";
import {
  getClaimHistoryPage,
  HISTORY_FIRST_SHOWN,
  HISTORY_LIMIT,
  type ClaimHistoryEvent,
} from "@/lib/claims/history";
import { HistoryEntries, type HistoryEntry } from "./history-entries";

/**
 * The card's audit events as sentences: who did what, when, and what changed
 * from → to. The sentence for each action is the catalogue's (history.did,
 * one key per action name), so the audit log can say it the same way.
 */
export async function ClaimHistory({
  claimId,
  actor,
  all,
}: {
  claimId: number;
  actor: User;
  /** every event up to HISTORY_LIMIT, rather than the newest few */
  all: boolean;
}) {
  const [{ events, total }, t, vocab, fields, kinds, capture] = await Promise.all([
    getClaimHistoryPage(actor, claimId, all ? HISTORY_LIMIT : HISTORY_FIRST_SHOWN),
    getTranslations("history"),
    getTranslations("vocab"),
    getTranslations("fields"),
    getTranslations("notifications.kinds"),
    getTranslations("evidence.capture"),
  ]);
  const words: Words = {
    // the same names as the audit log's (every field the desk records has one)
    field: fieldNamer(fields as unknown as Lookup, kinds as unknown as Lookup),
    status: (status) => vocab(`status.${status}`).toLowerCase(),
    code: (value) => t("value", { value }),
    // as the card's line under the source says it
    failure: (failure) => capture("notFetched", { reason: failureSelector(failure) }),
    gradeHidden: t("gradeHidden"),
  };
  return (
    <section aria-labelledby="history-heading" className="flex flex-col gap-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {events.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <HistoryEntries entries={events.map((event) => historyEntry(event, words))} />
      )}
      {events.length < total &&
        (all ? (
          <p className="text-sm text-muted">{t("latest", { count: events.length })}</p>
        ) : (
          <p className="text-sm text-muted">
            {t.rich("latestOf", {
              shown: events.length,
              count: total,
              all: (chunks) => (
                <Link
                  href={`/claims/${claimId}?history=all#history-heading`}
                  className="font-medium text-accent underline"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ))}
    </section>
  );
}

type Lookup = Parameters<typeof fieldNamer>[0];

/** The interface words an entry is told in, in the reader's language. */
type Words = {
  field: (key: string) => string;
  status: (status: ClaimStatus) => string;
  /** a value the desk records as a code: a verdict, a stance, a kind of link or entity */
  code: (value: string) => string;
  /** why a page could not be fetched, from its WebFetchError code */
  failure: (failure: string) => string;
  gradeHidden: string;
};

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
function historyEntry(event: ClaimHistoryEvent, words: Words): HistoryEntry {
  const hidden = event.action.startsWith("comment.") ? ["body"] : [];
  const old = asRecord(event.before);
  const now = asRecord(event.after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) =>
      !hidden.includes(key) &&
      !bookkeeping.has(key) &&
      show(key, old[key], words) !== show(key, now[key], words),
  );
  const changes = keys.map((key) => ({
    key: words.field(key),
    ...(key in old && { before: show(key, old[key], words) }),
    ...(key in now && { after: show(key, now[key], words) }),
  }));
  if (event.gradesHidden) changes.unshift({ key: words.field("grade"), after: words.gradeHidden });
  return {
    id: event.id,
    actor: event.actor,
    action: isClaimCardAction(event.action) ? event.action : null,
    rawAction: event.action,
    occurredAt: event.occurredAt.toISOString(),
    changes,
  };
}

// events written before an action was named keep their raw name
function isClaimCardAction(action: string): action is ClaimCardAction {
  return (claimCardActions as readonly string[]).includes(action);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Fields whose values are codes the catalogue says in words (history.value). */
const codedKeys = new Set([
  "verdict",
  "stance",
  "kind",
  "eventDatePrecision",
  "doneBy",
  // a source's page check: what asked for it, and the warning it raised
  "check",
  "flag",
]);

function show(key: string, value: unknown, words: Words): string {
  if (value === null || value === undefined) return "—";
  if (key === "status" && typeof value === "string") return words.status(value as ClaimStatus);
  if (codedKeys.has(key) && typeof value === "string") return words.code(value);
  if (key === "failure" && typeof value === "string") return words.failure(value);
  if (key.endsWith("ClaimId")) return `#${String(value)}`;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
