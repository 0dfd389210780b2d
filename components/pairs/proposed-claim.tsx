import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { StatusBadge } from "@/components/claims/status-badge";
import type { ProposedClaim } from "@/lib/pairs/proposals";
import type { ReactNode } from "react";

/** One claim of a proposed pair: its number, statement (as given, or marked), report and status. */
export function ProposedClaimSummary({
  claim,
  statement,
}: {
  claim: ProposedClaim;
  statement?: ReactNode;
}) {
  const t = useTranslations("pairs");
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-xs text-muted">
          {t.rich("claimFrom", {
            id: String(claim.id),
            report: claim.reportTitle,
            bdi: (chunks) => <bdi>{chunks}</bdi>,
          })}
        </p>
        <StatusBadge status={claim.status} />
      </div>
      <Link href={`/claims/${claim.id}`} dir="auto" className="text-accent underline wrap-anywhere">
        {statement ?? claim.statement}
      </Link>
    </div>
  );
}
