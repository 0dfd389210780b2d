"use client";

import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ReactNode } from "react";
import type { ClaimCardAction } from "@/lib/audit/actions";

/**
 * A client component without state, like the board's cards: the page sends
 * each event as its data instead of a rendered tree several times its size,
 * and a busy card has dozens of events (issue 7).
 */

export type HistoryEntry = {
  id: number;
  /** null: the desk itself (a job, a check) */
  actor: string | null;
  /** null: an action recorded before it was named, shown by its raw name */
  action: ClaimCardAction | null;
  rawAction: string;
  /** ISO 8601 */
  occurredAt: string;
  changes: Array<{ key: string; before?: string; after?: string }>;
};

// a name is data: its own direction in either language
const actorName = (chunks: ReactNode) => (
  <bdi dir="auto" className="font-medium">
    {chunks}
  </bdi>
);

export function HistoryEntries({ entries }: { entries: HistoryEntry[] }) {
  const t = useTranslations("history");
  const format = useFormatter();
  return (
    <ol className="flex flex-col gap-2 border-s-2 border-line ps-4">
      {entries.map((entry) => {
        const actor = entry.actor ?? t("system");
        return (
          <li key={entry.id} className="text-sm">
            <p>
              {entry.action
                ? t.rich(`did.${entry.action}`, { actor, b: actorName })
                : t.rich("unnamed", { actor, action: entry.rawAction, b: actorName })}{" "}
              <time className="text-muted" dateTime={entry.occurredAt}>
                {t("at", { when: format.dateTime(new Date(entry.occurredAt), "moment") })}
              </time>
            </p>
            {entry.changes.length > 0 && (
              <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-muted">
                {entry.changes.map(({ key, before, after }) => (
                  <div key={key} className="contents">
                    <dt>{key}</dt>
                    {/* the values keep their own direction; the arrow follows the page's */}
                    <dd className="min-w-0 wrap-anywhere">
                      {before !== undefined && (
                        <del dir="auto" className="me-1">
                          {before}
                        </del>
                      )}
                      {before !== undefined && after !== undefined && (
                        <span aria-hidden className="me-1 inline-block rtl:-scale-x-100">
                          →
                        </span>
                      )}
                      {after !== undefined && (
                        <ins dir="auto" className="no-underline">
                          {after}
                        </ins>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
