import Link from "next/link";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { StatusBadge } from "@/components/claims/status-badge";
import { boardHref, defaultBoardFilter } from "@/lib/claims/board-query";
import type { StatusCount } from "@/lib/review/dashboard";

/** One tile per status, each opening the board filtered to that status. */
export function StatusCounts({ counts, total }: { counts: StatusCount[]; total: number }) {
  const t = useTranslations("dashboard.statusCounts");
  const vocab = useTranslations("vocab");
  const format = useFormatter();
  return (
    <section aria-labelledby="status-counts-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="status-counts-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted">{t("inAll", { count: total })}</p>
      </div>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-6">
        {counts.map(({ status, count }) => (
          <li key={status}>
            <Link
              href={boardHref({ ...defaultBoardFilter, status })}
              aria-label={t("tile", { status: vocab(`status.${status}`), count })}
              className="flex h-full flex-col items-start gap-2 rounded-lg border border-line bg-white p-3 hover:border-accent"
            >
              <span className="text-2xl font-semibold tabular-nums">{format.number(count)}</span>
              <StatusBadge status={status} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
