import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { StatusBadge } from "@/components/claims/status-badge";
import { boardHref, defaultBoardFilter } from "@/lib/claims/board-query";
import type { ClaimAwaitingRating } from "@/lib/review/dashboard";

// the board owns its URL format: /claims?unrated=1
const needsMyRatingBoard = boardHref({ ...defaultBoardFilter, needsMyRating: true });

/** The claims the signed-in reviewer has not rated and can still rate, longest-waiting first. */
export function NeedsYourRating({
  count,
  claims,
}: {
  count: number;
  claims: ClaimAwaitingRating[];
}) {
  const t = useTranslations("dashboard.needsRating");
  return (
    <section aria-labelledby="needs-rating-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="needs-rating-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        {count > 0 && (
          <Link href={needsMyRatingBoard} className="text-sm text-accent underline">
            {t("all", { count })}
          </Link>
        )}
      </div>
      {count === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">
          {t("none")}
        </p>
      ) : (
        <>
          <p className="text-sm text-muted">
            {count > claims.length
              ? t("waitingLongest", { count, shown: claims.length })
              : t("waiting", { count })}
          </p>
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {claims.map((claim) => (
              <li key={claim.id} className="flex flex-wrap items-start justify-between gap-2 p-3">
                <Link
                  href={`/claims/${claim.id}`}
                  className="min-w-0 flex-1 hover:underline"
                  dir="auto"
                >
                  {claim.statement}
                </Link>
                <span className="flex items-center gap-2 text-xs text-muted">
                  <StatusBadge status={claim.status} />
                  {claim.ratingCount === 0
                    ? t("noRatings")
                    : t("ratingsSoFar", { count: claim.ratingCount })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
