/**
 * A notification as a person reads it: one sentence naming who did what to
 * which claim, and the exact place it links to. Made when read, from the
 * names and the claim's wording as they are then, in the reader's language
 * (the catalogue's notifications.sentence). Pure, so the inbox, the emails
 * and the tests share it.
 */
import { verdictKinds } from "@/db/schema/verdict-kinds";
import type { DigitStyle, Language } from "@/lib/i18n/languages";
import { wordsOf, type Words } from "@/lib/i18n/translator";
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

function count(detail: Record<string, unknown>, key: string): number | null {
  const value = detail[key];
  return typeof value === "number" && Number.isInteger(value) ? value : null;
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

/** The catalogue key of a notification's sentence, and the values it fills in beyond the claim. */
function sentenceOf(
  facts: NotificationFacts,
  words: Words,
): [string, Record<string, string | number>] {
  const { kind, detail } = facts;
  switch (kind) {
    case "watched_rating": {
      const ratings = count(detail, "ratingCount");
      return ratings === null ? [kind, {}] : ["watched_rating_count", { count: ratings }];
    }
    case "watched_contradiction": {
      const other = count(detail, "otherClaimId");
      return other === null
        ? [kind, {}]
        : ["watched_contradiction_claim", { other: String(other) }];
    }
    case "watched_verdict_set": {
      const verdict = String(detail.verdict);
      return [
        kind,
        {
          verdict: (verdictKinds as readonly string[]).includes(verdict)
            ? words(`verdict.${verdict}`)
            : words("sentence.aVerdict"),
        },
      ];
    }
    case "watched_evidence_changed": {
      const flag = detail.flag === "page_gone" ? "page_gone" : "quote_lost";
      const title = sourceTitle(detail);
      return title ? [`${flag}_titled`, { title }] : [flag, {}];
    }
    default:
      return [kind, {}];
  }
}

/** The catalogue's sentence of a notification (notifications.sentence.*) and what it fills in. */
export type SentenceMessage = { key: string; values: Record<string, string | number> };

/**
 * Which sentence a notification reads as, in `words`' language: the
 * claim's id written as it is everywhere (no thousands separator), the
 * names and the statement as they were written. The catalogue marks the
 * data in each sentence (<name>, <words>, <source>), so a page can set
 * it in its own direction.
 */
export function sentenceMessage(facts: NotificationFacts, words: Words): SentenceMessage {
  const [key, values] = sentenceOf(facts, words);
  return {
    key: `sentence.${key}`,
    values: {
      actor: facts.actorName ?? words("sentence.theDesk"),
      claim: String(facts.claimId),
      statement: statementExcerpt(facts.statement),
      ...values,
    },
  };
}

const asText = (chunks: string) => chunks;

/** The sentence as plain text in the reader's language: an email's, a button's label. */
export function notificationSentence(
  facts: NotificationFacts,
  language: Language = "en",
  digits: DigitStyle = "western",
): string {
  const words = sentenceWords(language, digits);
  const { key, values } = sentenceMessage(facts, words);
  return words.markup(key, { ...values, name: asText, words: asText, source: asText });
}

const translators = new Map<string, Words>();

/** The notifications catalogue of a language (verdicts from the vocabulary), made once per language and digits. */
export function sentenceWords(language: Language, digits: DigitStyle): Words {
  const key = `${language}:${digits}`;
  let words = translators.get(key);
  if (!words) {
    const notificationWords = wordsOf(language, "notifications", digits);
    const vocab = wordsOf(language, "vocab", digits);
    const inVocab = (message: string) => message.startsWith("verdict.");
    words = Object.assign(
      (message: string, values?: Record<string, string | number | Date>) =>
        inVocab(message) ? vocab(message, values) : notificationWords(message, values),
      { markup: notificationWords.markup, has: notificationWords.has },
    );
    translators.set(key, words);
  }
  return words;
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
