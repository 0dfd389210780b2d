import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { StatusBadge } from "@/components/claims/status-badge";
import type { User } from "@/db/schema";
import { listClaimRelations } from "@/lib/relations/list";
import { AddRelationForm } from "./add-relation-form";
import { RemoveRelationForm } from "./remove-relation-form";

/**
 * Claims linked to this one, whichever card the link was made from: the same
 * claim told again, claims that corroborate it, and claims that contradict
 * it, each contradiction with a side-by-side comparison.
 */
export async function RelationsSection({ claimId, actor }: { claimId: number; actor: User }) {
  const [relations, t] = await Promise.all([
    listClaimRelations(actor, claimId),
    getTranslations("relations"),
  ]);
  return (
    <section aria-labelledby="related-claims-heading" className="flex flex-col gap-3">
      <h2 id="related-claims-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {relations.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {relations.map((relation) => (
            <li
              key={relation.id}
              className="flex flex-col gap-2 rounded-lg border border-line bg-white p-3"
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p>
                  <span className="font-medium">{t(`introduced.${relation.kind}`)}: </span>
                  <Link
                    href={`/claims/${relation.otherId}`}
                    className="text-accent underline"
                    dir="auto"
                  >
                    {relation.otherStatement}
                  </Link>
                </p>
                <StatusBadge status={relation.otherStatus} />
              </div>
              {relation.note && (
                <p dir="auto" className="text-sm">
                  {relation.note}
                </p>
              )}
              <p className="text-xs text-muted">
                {t.rich("linkedBy", {
                  name: () => <bdi>{relation.createdByName ?? t("theDesk")}</bdi>,
                })}
              </p>
              <div className="flex flex-wrap items-start gap-3">
                {relation.kind === "contradicts" && (
                  <Link
                    href={`/claims/${claimId}/compare/${relation.otherId}`}
                    className="text-sm font-medium text-accent underline"
                  >
                    {t.rich("compare", {
                      id: relation.otherId,
                      hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                    })}
                  </Link>
                )}
                {relation.canRemove && (
                  <RemoveRelationForm relationId={relation.id} otherClaimId={relation.otherId} />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <AddRelationForm claimId={claimId} />
    </section>
  );
}
