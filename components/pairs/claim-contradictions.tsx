import { getTranslations } from "@/lib/i18n/get-translations";
import type { User } from "@/db/schema";
import { listContradictionProposals } from "@/lib/pairs/proposals";
import { ContradictionProposals } from "./contradiction-proposals";

/**
 * The claims the desk proposes as possibly contradicting this one, on its
 * page; nothing at all when there are none.
 */
export async function ClaimContradictions({
  claimId,
  actor,
  anyResemblancesPending,
}: {
  claimId: number;
  actor: User;
  /** the page's own read: whether any claim waits for its look-alikes to be worked out */
  anyResemblancesPending: boolean;
}) {
  const proposals = await listContradictionProposals(
    actor,
    { claimId },
    { anyPending: anyResemblancesPending },
  );
  if (proposals.length === 0) return null;
  const t = await getTranslations("relations.possible");
  return (
    <section
      aria-labelledby="possible-contradictions-heading"
      className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3"
    >
      <h2 id="possible-contradictions-heading" className="text-lg font-semibold">
        {t("heading", { count: proposals.length })}
      </h2>
      <p className="text-sm">{t("intro")}</p>
      <ContradictionProposals proposals={proposals} claimId={claimId} />
    </section>
  );
}
