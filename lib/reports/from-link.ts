import "server-only";
import { getDb } from "@/db";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { actionsInTheLastMinute } from "@/lib/audit/recent";
import { actorIdOf, assertActorRole, type Actor } from "@/lib/auth/actor";
import { RuleViolation } from "@/lib/errors";
import english from "@/lib/i18n/messages/en";
import { createTranslator } from "use-intl/core";
import { reportLanguage, type ExtractedArticle } from "@/lib/web/extract-article";
import { WebFetchError } from "@/lib/web/fetch-errors";
import { deskFetchPolicy, type FetchPolicy } from "@/lib/web/fetch-policy";
import { readWebPage, type WebPage } from "@/lib/web/read-web-page";
import { findByHash, via } from "./import";
import { checkReportText, reportContentHash } from "./report-text";
import { refusal, refusalMessage } from "./refusal";

/**
 * "Import from a link": the desk fetches the page (lib/web, which refuses
 * anything but a public web page) and hands back what the import form
 * needs, for the person to review and edit. Nothing is saved: the import
 * itself is the ordinary importReport, with its checks and its same-text
 * detection. Every fetch is on the audit trail (report.fetch, or
 * report.fetch_refused with the reason and the address refused), so what the
 * desk fetched for whom can be told; the same events pace each person.
 */
export type ReportDraft = {
  /** where the page was found, after redirects */
  url: string;
  title: string;
  outlet: string;
  author: string;
  /** YYYY-MM-DD or "" */
  publishedOn: string;
  language: string;
  text: string;
  extractedFrom: ExtractedArticle["extractedFrom"];
  /** the same text is already in the desk */
  duplicate: { reportId: number; title: string } | null;
};

/** Fetches a person may make in a minute: plenty for reading, too few to scan a network with. */
export const FETCHES_PER_MINUTE = 12;
/** Fetches one app instance runs at once (each may parse a 5 MB page). */
const MAX_CONCURRENT_FETCHES = 4;
let fetchesUnderWay = 0;

const fetchActions: AuditAction[] = ["report.fetch", "report.fetch_refused"];

export async function draftReportFromLink(
  actor: Actor,
  address: string,
  policy: FetchPolicy = deskFetchPolicy(),
): Promise<ReportDraft> {
  assertActorRole(actor, "reviewer");
  await refuseWhenTooFrequent(actor, address);
  if (fetchesUnderWay >= MAX_CONCURRENT_FETCHES) {
    await recordFetch(actor, "report.fetch_refused", address, { failure: "busy" });
    throw new RuleViolation("reports.errors.busy", "link");
  }
  fetchesUnderWay += 1;
  let page: WebPage;
  try {
    page = await readWebPage(address, policy);
  } catch (error) {
    if (!(error instanceof WebFetchError)) throw error;
    await recordFetch(actor, "report.fetch_refused", address, {
      failure: error.failure,
      reason: error.message,
      ...error.detail,
    });
    // the English sentence stays as it is; the other language words each failure by its kind
    const failure = error.failure.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    throw new RuleViolation("reports.errors.fetchRefused", "link", {
      failure,
      message: error.message,
    });
  } finally {
    fetchesUnderWay -= 1;
  }

  const checked = checkReportText(page.article.text);
  if (!checked.ok) {
    const refused = checked.key === "empty" ? refusal("noTextOnPage") : checked;
    await recordFetch(actor, "report.fetch_refused", address, {
      failure: "text",
      reason: refused.reason,
    });
    throw new RuleViolation(refusalMessage(refused), "link", refused.values);
  }
  const contentHash = reportContentHash(checked.text);
  await recordFetch(actor, "report.fetch", address, {
    finalUrl: page.finalUrl,
    status: page.status,
    bytes: page.bytes,
    encoding: page.encoding,
    extractedFrom: page.article.extractedFrom,
    characters: checked.text.length,
    contentHash,
  });
  const { article } = page;
  return {
    url: page.finalUrl,
    title: clip(article.title, 300),
    outlet: clip(article.outlet, 200),
    author: clip(article.author, 200),
    publishedOn: article.publishedOn ?? "",
    language: reportLanguage(article.language, checked.text),
    text: checked.text,
    extractedFrom: article.extractedFrom,
    duplicate: await findByHash(getDb(), contentHash),
  };
}

/** The "reports.link" catalogue, or another language's: the sentences describeDraft puts together. */
export type DraftWords = (key: string, values?: Record<string, string | number>) => string;

const draftWordsInEnglish = createTranslator({
  locale: "en-GB",
  messages: english,
  namespace: "reports.link",
}) as unknown as DraftWords;
const orInEnglish = (items: string[]) =>
  new Intl.ListFormat("en-GB", { type: "disjunction" }).format(items);

/** What the person is told once the form is filled: what the page gave, and what it did not. */
export function describeDraft(
  draft: ReportDraft,
  words: DraftWords = draftWordsInEnglish,
  or: (items: string[]) => string = orInEnglish,
): string {
  const missing = [
    draft.title === "" && "title",
    draft.outlet === "" && "outlet",
    draft.author === "" && "author",
    draft.publishedOn === "" && "publishedOn",
  ].filter((name): name is string => name !== false);
  const from = { article: "article", "whole page": "wholePage", "plain text": "plain" } as const;
  const sentences = [
    words("filled", { from: from[draft.extractedFrom], characters: draft.text.length }),
    missing.length > 0
      ? words("missing", { fields: or(missing.map((name) => words(`fields.${name}`))) })
      : null,
    words("checkAndImport"),
  ];
  return sentences.filter(Boolean).join(" ");
}

/** A page's metadata can be longer than the desk's fields; the person sees and may fix the cut. */
function clip(value: string | null, max: number): string {
  if (!value) return "";
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

async function refuseWhenTooFrequent(actor: Actor, address: string) {
  const actorId = actorIdOf(actor);
  if (actorId === null) return; // the command line is the operator's own
  if ((await actionsInTheLastMinute(actorId, fetchActions)) < FETCHES_PER_MINUTE) return;
  await recordFetch(actor, "report.fetch_refused", address, { failure: "rate" });
  throw new RuleViolation("reports.errors.tooFrequent", "link", { count: FETCHES_PER_MINUTE });
}

/** One audit event per fetch, committed on its own: the fetch changes nothing else. */
async function recordFetch(
  actor: Actor,
  action: "report.fetch" | "report.fetch_refused",
  address: string,
  detail: Record<string, unknown>,
) {
  await recordAudit(getDb(), {
    actorId: actorIdOf(actor),
    action,
    entityType: "web_page",
    entityId: address.slice(0, 2000),
    after: { url: address, ...detail, ...via(actor) },
  });
}
