/**
 * How the desk words what its checks of a source's page found: on the
 * evidence card, the snapshot page, the card's History and the dashboard.
 * Each phrase is whole (a template with its values), never assembled from
 * pieces, so that each can be translated as it stands. Pure.
 */
import type { EvidenceFlag } from "@/db/schema/enums";
import type { EvidenceCheck } from "./check-outcome";

export type SnapshotResult = {
  /** a WebFetchError code; null when the page was read */
  failure: string | null;
  httpStatus: number | null;
  quoteFound: boolean | null;
};

/** Why a page could not be fetched, in a few words (the snapshot page has the fetcher's sentence). */
const failureReasons: Record<string, string> = {
  timeout: "it took too long",
  "unknown-host": "no such site",
  unreachable: "the site could not be reached",
  tls: "its secure connection could not be verified",
  "too-large": "the page is too large",
  "too-many-redirects": "too many redirects",
  "not-a-page": "it is not a web page",
  unreadable: "the page could not be read",
  "http-status": "the site refused",
};

export function failureReason(failure: string, httpStatus: number | null): string {
  if (httpStatus !== null) return String(httpStatus);
  // the address refusals (private network, port, credentials…) all mean the same here
  return failureReasons[failure] ?? "the desk does not fetch that address";
}

/** "quote found", "quote not on the page", "page could not be fetched: 404"; null: read, no quote. */
export function snapshotResultPhrase(result: SnapshotResult): string | null {
  if (result.failure !== null) {
    return `page could not be fetched: ${failureReason(result.failure, result.httpStatus)}`;
  }
  if (result.quoteFound === true) return "quote found";
  if (result.quoteFound === false) return "quote not on the page";
  return null;
}

/** The same, for a reading with no quote to look for. */
export function snapshotOutcome(result: SnapshotResult): string {
  return snapshotResultPhrase(result) ?? "page captured";
}

export const captureDate = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeZone: "UTC",
});

export const captureMoment = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** The phrases of the card's line under a source, in order: "captured 4 Dec 2026", "quote found", … */
export function captureLine(
  snapshot: (SnapshotResult & { takenAt: Date; lastCheckedAt: Date; checks: number }) | null,
): string[] {
  if (!snapshot) return ["waiting to be captured"];
  const when = captureDate.format(snapshot.takenAt);
  const phrases = [
    snapshot.failure === null ? `captured ${when}` : `checked ${when}`,
    snapshotResultPhrase(snapshot),
    snapshot.checks > 1 ? `still the same on ${captureDate.format(snapshot.lastCheckedAt)}` : null,
  ];
  return phrases.filter((phrase): phrase is string => phrase !== null);
}

export const flagLabels: Record<EvidenceFlag, string> = {
  page_gone: "Page gone",
  quote_lost: "Quote no longer on the page",
};

/** What the flag means, as a sentence of its own. */
export const flagExplanations: Record<EvidenceFlag, string> = {
  page_gone:
    "The page is gone: the site answered that it no longer exists, or it could not be fetched at two checks in a row.",
  quote_lost:
    "The quote was on this page when the desk captured it before, and is no longer on it.",
};

export const checkWords: Record<EvidenceCheck, string> = {
  added: "the first capture, when the source was added",
  scheduled: "the scheduled re-check",
  requested: "asked for on the card",
};
