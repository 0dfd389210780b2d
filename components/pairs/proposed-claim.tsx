import Link from "next/link";
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
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-xs text-muted">
          Claim {claim.id}, from <bdi>{claim.reportTitle}</bdi>
        </p>
        <StatusBadge status={claim.status} />
      </div>
      <Link href={`/claims/${claim.id}`} className="text-accent underline wrap-anywhere">
        {statement ?? claim.statement}
      </Link>
    </div>
  );
}
