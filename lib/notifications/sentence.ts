/**
 * A notification as a person reads it: one sentence naming who did what to
 * which claim, and the exact place it links to. Made when read, from the
 * names and the claim's wording as they are then. Pure, so the inbox, the
 * emails and the tests share it.
 */
import type { NotificationKind } from "./kinds";

export type NotificationFacts = {
  kind: NotificationKind;
  /** null: the desk itself */
  actorName: string | null;
  claimId: number;
  statement: string;
  commentId: number | null;
  detail: Record<string, unknown>;
};

const STATEMENT_EXCERPT_LENGTH = 90;

export function statementExcerpt(statement: string): string {
  const flat = statement.replace(/\s+/g, " ").trim();
  if (flat.length <= STATEMENT_EXCERPT_LENGTH) return flat;
  return `${flat.slice(0, STATEMENT_EXCERPT_LENGTH - 1).trimEnd()}…`;
}

const verdictWords: Record<string, string> = {
  verified: "Verified",
  false: "False",
  misleading: "Misleading",
  unproven: "Unproven",
};

function count(detail: Record<string, unknown>, key: string): number | null {
  const value = detail[key];
  return typeof value === "number" && Number.isInteger(value) ? value : null;
}

/** What happened, after the actor's name and before "claim N". */
function whatHappened(facts: NotificationFacts): string {
  const { kind, detail } = facts;
  switch (kind) {
    case "mentioned":
      return "mentioned you on";
    case "comment_reply":
      return "replied to your comment on";
    case "watched_comment":
      return "commented on";
    case "watched_rating": {
      const ratings = count(detail, "ratingCount");
      return ratings === null
        ? "rated"
        : `rated (${ratings} ${ratings === 1 ? "rating" : "ratings"} now)`;
    }
    case "watched_evidence":
      return "added evidence to";
    case "watched_contradiction": {
      const other = count(detail, "otherClaimId");
      return other === null
        ? "added contradicting evidence to"
        : `linked claim ${other} as contradicting`;
    }
    case "watched_verdict_set": {
      const verdict = verdictWords[String(detail.verdict)] ?? "a verdict";
      return `set the verdict “${verdict}” on`;
    }
    case "watched_verdict_reopened":
      return "reopened the verdict on";
    case "watched_evidence_changed":
      return "found a source changed on";
    case "assigned":
      return "assigned you";
    case "unassigned":
      return "unassigned you from";
    case "assignment_due_tomorrow":
      return "is due tomorrow:";
    case "assignment_overdue":
      return "is overdue:";
    case "assigned_claim_locked":
      return "set a verdict, which locks";
  }
}

const SOURCE_TITLE_LENGTH = 60;

/**
 * The title the reviewer gave a source, short: the only words of a source
 * a notification carries (never the page's text).
 */
function sourceTitle(detail: Record<string, unknown>): string | null {
  return typeof detail.title === "string" && detail.title.trim() !== ""
    ? statementExcerpt(detail.title).slice(0, SOURCE_TITLE_LENGTH)
    : null;
}

/** What the desk's check of a source's page found, each a whole sentence ending in the claim. */
function evidenceChangedSentence(detail: Record<string, unknown>, claim: string): string {
  const title = sourceTitle(detail);
  if (detail.flag === "page_gone") {
    return title
      ? `The page of the source “${title}” is gone, on ${claim}`
      : `The page of a source is gone, on ${claim}`;
  }
  return title
    ? `The quote from the source “${title}” is no longer on its page, on ${claim}`
    : `A source's quote is no longer on its page, on ${claim}`;
}

export function notificationSentence(facts: NotificationFacts): string {
  const claim = `claim ${facts.claimId}: ${statementExcerpt(facts.statement)}`;
  if (facts.kind === "watched_evidence_changed")
    return evidenceChangedSentence(facts.detail, claim);
  if (facts.kind === "assignment_due_tomorrow" || facts.kind === "assignment_overdue") {
    return `Your assignment on ${claim} ${facts.kind === "assignment_overdue" ? "is overdue" : "is due tomorrow"}`;
  }
  return `${facts.actorName ?? "The desk"} ${whatHappened(facts)} ${claim}`;
}

/** Where on the claim's page the notification leads. */
export function notificationTarget(
  facts: Pick<NotificationFacts, "kind" | "claimId" | "commentId" | "detail">,
): string {
  const page = `/claims/${facts.claimId}`;
  switch (facts.kind) {
    case "mentioned":
    case "comment_reply":
    case "watched_comment":
      return facts.commentId ? `${page}#comment-${facts.commentId}` : `${page}#discussion-heading`;
    case "watched_rating":
      return `${page}#ratings-heading`;
    case "watched_evidence":
      return `${page}#evidence-section-heading`;
    case "watched_evidence_changed": {
      const evidenceId = count(facts.detail, "evidenceId");
      return evidenceId === null
        ? `${page}#evidence-section-heading`
        : `${page}#evidence-${evidenceId}`;
    }
    case "watched_contradiction":
      return count(facts.detail, "otherClaimId") === null
        ? `${page}#evidence-section-heading`
        : `${page}#related-claims-heading`;
    case "watched_verdict_set":
    case "watched_verdict_reopened":
    case "assigned_claim_locked":
      return `${page}#verdict-heading`;
    case "assigned":
    case "unassigned":
    case "assignment_due_tomorrow":
    case "assignment_overdue":
      return `${page}#assignments-heading`;
  }
}
