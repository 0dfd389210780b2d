import Link from "next/link";
import type { EvidenceSnapshots } from "@/lib/evidence/snapshots";
import { captureMoment, snapshotOutcome } from "@/lib/evidence/snapshot-words";

/**
 * A source's captures, newest first: when each result was first and last
 * seen, what it was, where the page was found and the SHA-256 the audit
 * chain holds for its text. A capture with text links to it.
 */
export function SnapshotList({
  evidenceId,
  snapshots,
  shownId,
}: {
  evidenceId: number;
  snapshots: EvidenceSnapshots["snapshots"];
  shownId: number | null;
}) {
  return (
    <section aria-labelledby="captures-heading" className="flex flex-col gap-2">
      <h2 id="captures-heading" className="text-lg font-semibold">
        Captures
      </h2>
      {snapshots.length === 0 ? (
        <p className="text-muted">The desk has not captured this page yet.</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {snapshots.map((snapshot) => (
            <li
              key={snapshot.id}
              aria-current={snapshot.id === shownId ? "true" : undefined}
              className={`flex flex-col gap-1 rounded-lg border p-3 text-sm ${
                snapshot.id === shownId ? "border-accent bg-white" : "border-line bg-white"
              }`}
            >
              <p>
                <span className="font-medium">{captureMoment.format(snapshot.takenAt)}</span>
                {" · "}
                {snapshotOutcome(snapshot)}
                {snapshot.checks > 1 &&
                  ` · the same at ${snapshot.checks} checks, the last on ${captureMoment.format(snapshot.lastCheckedAt)}`}
              </p>
              {snapshot.failureMessage && <p className="text-muted">{snapshot.failureMessage}</p>}
              {snapshot.finalUrl && (
                <p className="text-muted">
                  Found at{" "}
                  <span dir="ltr" className="break-all">
                    {snapshot.finalUrl}
                  </span>
                  {snapshot.httpStatus !== null && ` (HTTP ${snapshot.httpStatus})`}
                </p>
              )}
              {snapshot.textHash && (
                <p className="text-xs text-muted">
                  SHA-256 of the text:{" "}
                  <code dir="ltr" className="break-all">
                    {snapshot.textHash}
                  </code>
                </p>
              )}
              {snapshot.textHash && snapshot.id !== shownId && (
                <p>
                  <Link
                    href={`/evidence/${evidenceId}?snapshot=${snapshot.id}`}
                    className="text-accent underline"
                  >
                    Read the text captured on {captureMoment.format(snapshot.takenAt)}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
