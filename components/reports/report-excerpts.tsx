import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { StatusBadge } from "@/components/claims/status-badge";
import type { ClaimStatus } from "@/db/schema";

type ExcerptClaim = {
  id: number;
  statement: string;
  statementLanguage: string;
  quote: string;
  quoteLanguage: string;
  status: ClaimStatus;
  attribution: string;
};

/**
 * A report known only by its quotes (the demo corpus keeps no full text):
 * each claim's original quote, in the report's order, beside its card.
 */
export function ReportExcerpts({ claims }: { claims: ExcerptClaim[] }) {
  const t = useTranslations("reports.excerpts");
  return (
    <ol className="flex flex-col gap-3">
      {claims.map((claim) => (
        <li
          key={claim.id}
          id={`claim-${claim.id}`}
          className="scroll-mt-24 rounded-lg border border-line bg-white p-4"
        >
          <blockquote
            lang={claim.quoteLanguage}
            dir={claim.quoteLanguage === "ar" ? "rtl" : "auto"}
            className="border-s-4 border-amber-300 bg-amber-50/60 px-3 py-1 text-lg"
          >
            {claim.quote}
          </blockquote>
          <div className="mt-3 flex flex-wrap items-start justify-between gap-2">
            <Link
              href={`/claims/${claim.id}`}
              lang={claim.statementLanguage}
              dir="auto"
              className="font-medium text-accent underline"
            >
              {claim.statement}
            </Link>
            <StatusBadge status={claim.status} />
          </div>
          {claim.attribution && (
            <p className="mt-1 text-sm text-muted">
              {t.rich("attribution", {
                attribution: claim.attribution,
                data: (chunks) => <bdi dir="auto">{chunks}</bdi>,
              })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
