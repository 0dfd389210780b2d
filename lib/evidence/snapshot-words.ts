/**
 * What the desk's checks of a source's page found, as the phrases of the
 * card's line under a source ("captured 4 Dec 2026 · quote found") and of
 * the snapshot page. Each phrase is a whole message of the `evidence.capture`
 * catalogue with its values, never assembled from pieces, so that each is
 * translated as it stands. Pure.
 */

export type SnapshotResult = {
  /** a WebFetchError code; null when the page was read */
  failure: string | null;
  httpStatus: number | null;
  quoteFound: boolean | null;
};

/** One phrase: a key of the `evidence.capture` catalogue and what it fills in. */
export type CapturePhrase =
  | { key: "waiting" | "quoteFound" | "quoteNotOnPage" | "pageCaptured" | "checkUnderWay" }
  | { key: "captured" | "checked" | "stillSame"; values: { date: Date } }
  | { key: "notFetched"; values: { reason: string } }
  | { key: "notFetchedStatus"; values: { status: number } };

/**
 * A WebFetchError code as an ICU selector (which takes no hyphen): the
 * catalogue's `notFetched` and `snapshots.failure` choose their words by it;
 * the address refusals (private network, port, credentials…) fall to `other`.
 */
export function failureSelector(failure: string): string {
  return failure.replaceAll("-", "_");
}

/** "quote found", "quote not on the page", "page could not be fetched: 404"; null: read, no quote. */
export function snapshotResultPhrase(result: SnapshotResult): CapturePhrase | null {
  if (result.failure !== null) {
    return result.httpStatus !== null
      ? { key: "notFetchedStatus", values: { status: result.httpStatus } }
      : { key: "notFetched", values: { reason: failureSelector(result.failure) } };
  }
  if (result.quoteFound === true) return { key: "quoteFound" };
  if (result.quoteFound === false) return { key: "quoteNotOnPage" };
  return null;
}

/** The same, for a reading with no quote to look for. */
export function snapshotOutcome(result: SnapshotResult): CapturePhrase {
  return snapshotResultPhrase(result) ?? { key: "pageCaptured" };
}

/** The phrases of the card's line under a source, in order: "captured 4 Dec 2026", "quote found", … */
export function captureLine(
  snapshot: (SnapshotResult & { takenAt: Date; lastCheckedAt: Date; checks: number }) | null,
): CapturePhrase[] {
  if (!snapshot) return [{ key: "waiting" }];
  const phrases = [
    {
      key: snapshot.failure === null ? "captured" : "checked",
      values: { date: snapshot.takenAt },
    } as const,
    snapshotResultPhrase(snapshot),
    snapshot.checks > 1
      ? ({ key: "stillSame", values: { date: snapshot.lastCheckedAt } } as const)
      : null,
  ];
  return phrases.filter((phrase): phrase is CapturePhrase => phrase !== null);
}
