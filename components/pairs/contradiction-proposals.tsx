import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ContradictionProposalView } from "@/lib/pairs/proposals";
import { DismissProposalForm, LinkPairForm } from "./pair-forms";
import { ProposedClaimSummary } from "./proposed-claim";

/** "April 2025 / April 2024; 13 / 12": what a proposal shows, and keeps when dismissed. */
export function conflictSummary(proposal: ContradictionProposalView): string {
  return proposal.conflicts.map((conflict) => conflict.values.join(" / ")).join("; ");
}

/**
 * Possible contradictions, each with the values that differ and the words
 * they count, the subject both share, and a reviewer's two answers: confirm
 * (a "contradicts" link between the cards) or dismiss. On a claim's page
 * (`claimId`) only the other claim of each pair is shown.
 */
export function ContradictionProposals({
  proposals,
  claimId,
}: {
  proposals: ContradictionProposalView[];
  claimId?: number;
}) {
  const t = useTranslations("pairs");
  return (
    <ul className="flex flex-col gap-3">
      {proposals.map((proposal) => {
        const [left, right] = proposal.claims;
        const pair = { claimId: left.id, otherClaimId: right.id };
        const summary = conflictSummary(proposal);
        return (
          <li
            key={`${left.id}-${right.id}`}
            className="flex flex-col gap-3 rounded-lg border border-line bg-white p-3"
          >
            <div className="flex flex-col gap-1">
              {proposal.conflicts.map((conflict) => (
                <div key={conflict.kind} className="flex flex-col gap-0.5">
                  <p className="text-lg font-semibold">
                    <bdi>{conflict.values[0]}</bdi> / <bdi>{conflict.values[1]}</bdi>
                    <span className="sr-only">{t("differ", { kind: conflict.kind })}</span>
                  </p>
                  {conflict.kind === "number" && (
                    <p className="text-sm text-muted">
                      {t.rich("phrases", {
                        left: String(left.id),
                        right: String(right.id),
                        leftPhrase: conflict.phrases[0],
                        rightPhrase: conflict.phrases[1],
                        data: (chunks) => <bdi dir="auto">{chunks}</bdi>,
                      })}
                    </p>
                  )}
                </div>
              ))}
              {proposal.sharedEntities.length > 0 && (
                <p className="text-sm text-muted">
                  {t("bothAbout", { names: proposal.sharedEntities.join(t("nameSeparator")) })}
                </p>
              )}
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              {[left, right]
                .filter((claim) => claim.id !== claimId)
                .map((claim) => (
                  <ProposedClaimSummary key={claim.id} claim={claim} />
                ))}
            </div>
            <div className="flex flex-wrap items-start gap-3">
              <LinkPairForm
                kind="contradicts"
                pair={claimId === right.id ? { claimId: right.id, otherClaimId: left.id } : pair}
                note={t("proposedNote", { summary })}
              />
              {proposal.canDismiss && (
                <DismissProposalForm kind="contradiction" pair={pair} shown={summary} />
              )}
              <Link
                href={`/claims/${claimId === right.id ? right.id : left.id}/compare/${claimId === right.id ? left.id : right.id}`}
                className="self-center text-sm font-medium text-accent underline"
              >
                {t("compare")}
                <span className="sr-only">
                  {t("compareClaims", { left: String(left.id), right: String(right.id) })}
                </span>
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
