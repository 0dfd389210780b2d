import { useTranslations } from "@/lib/i18n/use-translations";
import { MarkedText } from "@/components/duplicates/marked-text";
import type { DuplicateProposalView } from "@/lib/pairs/proposals";
import { DismissProposalForm, LinkPairForm } from "./pair-forms";
import { ProposedClaimSummary } from "./proposed-claim";

/**
 * Possible duplicates, each pair with the words both statements share marked.
 * An editor links them as the same claim or dismisses the pair; a reviewer
 * sees the list without the buttons.
 */
export function DuplicateProposals({ proposals }: { proposals: DuplicateProposalView[] }) {
  const t = useTranslations("pairs");
  return (
    <ul className="flex flex-col gap-3">
      {proposals.map((proposal) => {
        const [left, right] = proposal.claims;
        const pair = { claimId: left.id, otherClaimId: right.id };
        return (
          <li
            key={`${left.id}-${right.id}`}
            className="flex flex-col gap-3 rounded-lg border border-line bg-white p-3"
          >
            <p className="text-sm text-muted">
              {t("alike", { percent: Math.round(proposal.score * 100) })}
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              <ProposedClaimSummary
                claim={left}
                statement={<MarkedText runs={proposal.marks[0]} />}
              />
              <ProposedClaimSummary
                claim={right}
                statement={<MarkedText runs={proposal.marks[1]} />}
              />
            </div>
            {proposal.canDismiss && (
              <div className="flex flex-wrap items-start gap-3">
                <LinkPairForm kind="same_as" pair={pair} note={t("linkedNote")} />
                <DismissProposalForm
                  kind="duplicate"
                  pair={pair}
                  shown={t("alikeShort", { percent: Math.round(proposal.score * 100) })}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
