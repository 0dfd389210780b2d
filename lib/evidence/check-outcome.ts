/**
 * What one check of a source's page means, decided from what the fetch
 * found and what the desk knew before. Pure, so the rules are tested alone
 * (check-outcome.test.ts) and said once:
 *
 * - A new snapshot is recorded when the text differs from the last one's
 *   (by SHA-256), or the page fails in a new way; otherwise the last
 *   snapshot only counts one more check.
 * - The page is gone when it answers 404 or 410, or cannot be fetched at
 *   two checks in a row (a timeout, a dead host…). That flags it, except at
 *   the capture made when the source was added: the person who added it is
 *   looking at the card, which says the page could not be fetched.
 * - The quote is lost when the page is read, the quote is not on it, and an
 *   earlier capture found it there. A quote never seen on the page is said on
 *   the card ("quote not on the page") but is not a change, so not a flag.
 * - A single failure that is not a 404 or 410 changes no flag: the desk
 *   cannot tell yet.
 * - A flag is raised (and the claim's watchers told) only when it differs
 *   from the one already standing; a page read whole again clears it.
 */
import type { EvidenceFlag } from "@/db/schema/enums";

/** Why the page is being fetched: its first capture, the schedule, or a person's "Check now". */
export const evidenceChecks = ["added", "scheduled", "requested"] as const;
export type EvidenceCheck = (typeof evidenceChecks)[number];

export type PageReading =
  | {
      ok: true;
      httpStatus: number;
      finalUrl: string;
      title: string | null;
      text: string;
      textHash: string;
      quoteFound: boolean | null;
      bytes: number;
      encoding: string;
    }
  | {
      ok: false;
      /** a WebFetchError code */
      failure: string;
      message: string;
      httpStatus: number | null;
    };

export type KnownState = {
  /** the latest snapshot, if the page was ever captured */
  latest: { textHash: string | null; failure: string | null; httpStatus: number | null } | null;
  /** some earlier capture found the quote */
  quoteEverFound: boolean;
  failedChecks: number;
  flag: EvidenceFlag | null;
};

export type CheckOutcome = {
  /** the reading is the latest snapshot's again: count a check, record no snapshot */
  sameAsLatest: boolean;
  failedChecks: number;
  flag: EvidenceFlag | null;
  /** a flag that was not standing before: the watchers hear of it */
  flagRaised: boolean;
};

/** Statuses that say the page was taken down, not that the site is having a bad day. */
const GONE_STATUSES = new Set([404, 410]);

export function judgeCheck(
  reading: PageReading,
  known: KnownState,
  check: EvidenceCheck,
): CheckOutcome {
  const { latest } = known;
  const sameAsLatest =
    latest !== null &&
    (reading.ok
      ? latest.failure === null && latest.textHash === reading.textHash
      : latest.failure === reading.failure && latest.httpStatus === reading.httpStatus);
  const failedChecks = reading.ok ? 0 : known.failedChecks + 1;

  let flag: EvidenceFlag | null;
  if (reading.ok) {
    flag = reading.quoteFound === false && known.quoteEverFound ? "quote_lost" : null;
  } else {
    const gone =
      (reading.httpStatus !== null && GONE_STATUSES.has(reading.httpStatus)) || failedChecks >= 2;
    flag = gone && check !== "added" ? "page_gone" : known.flag;
  }
  return {
    sameAsLatest,
    failedChecks,
    flag,
    flagRaised: flag !== null && flag !== known.flag,
  };
}
