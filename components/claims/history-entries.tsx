"use client";

/**
 * A client component without state, like the board's cards: the page sends
 * each event as its data instead of a rendered tree several times its size,
 * and a busy card has dozens of events (issue 7).
 */

export type HistoryEntry = {
  id: number;
  actor: string;
  /** "changed their rating" */
  did: string;
  /** ISO 8601 */
  occurredAt: string;
  changes: Array<{ key: string; before?: string; after?: string }>;
};

export function HistoryEntries({ entries }: { entries: HistoryEntry[] }) {
  return (
    <ol className="flex flex-col gap-2 border-s-2 border-line ps-4">
      {entries.map((entry) => (
        <li key={entry.id} className="text-sm">
          <p>
            <span className="font-medium">{entry.actor}</span> {entry.did}{" "}
            <time className="text-muted" dateTime={entry.occurredAt}>
              {entry.occurredAt.slice(0, 16).replace("T", " ")} UTC
            </time>
          </p>
          {entry.changes.length > 0 && (
            <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-muted">
              {entry.changes.map(({ key, before, after }) => (
                <div key={key} className="contents">
                  <dt>{key}</dt>
                  <dd dir="auto" className="min-w-0 wrap-anywhere">
                    {before !== undefined && <del className="me-1">{before}</del>}
                    {before !== undefined && after !== undefined && "→ "}
                    {after !== undefined && <ins className="no-underline">{after}</ins>}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
