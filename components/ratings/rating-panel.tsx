import { getTranslations } from "@/lib/i18n/get-translations";
import { StatusBadge } from "@/components/claims/status-badge";
import type { User } from "@/db/schema";
import { getRatingPanel } from "@/lib/ratings/panel";
import { gradeWording, type GradeWords } from "@/lib/review/grades";
import { explainStatus } from "@/lib/review/status";
import { GradeDistribution } from "./grade-distribution";
import { RatingForm } from "./rating-form";
import { RevealRatings } from "./reveal-ratings";

/**
 * Sourcing grades on a card: the computed status and why (beneath an
 * editor's standing verdict, which the header shows instead), the actor's own
 * rating, and, once they have rated or chosen to look, everyone's grades with
 * the consensus and how far apart they are.
 */
export async function RatingPanel({ claimId, actor }: { claimId: number; actor: User }) {
  const [panel, t, grades, vocab] = await Promise.all([
    getRatingPanel(actor, claimId),
    getTranslations("review"),
    getTranslations("review.grades"),
    getTranslations("vocab"),
  ]);
  const { status, others } = panel;
  const { consensus } = status;
  const why = explainStatus(
    status,
    vocab(`status.${status.status}`).toLowerCase(),
    (key, values) => t(`reasons.${key}`, values),
    t("reasonSeparator"),
  );
  return (
    <section aria-labelledby="ratings-heading" className="flex flex-col gap-4">
      <h2 id="ratings-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <div className="flex flex-wrap items-center gap-2 rounded-lg border border-line bg-white p-3">
        {panel.verdict && (
          <p className="w-full text-sm">
            {t.rich("verdictShown", {
              verdict: vocab(`verdict.${panel.verdict}`),
              b: (chunks) => <span className="font-medium">{chunks}</span>,
            })}
          </p>
        )}
        <StatusBadge status={status.status} />
        <p className="text-sm">
          <span className="sr-only">{t("why")} </span>
          {why}
        </p>
      </div>
      <p className="text-sm text-muted">
        {t("quorum", {
          count: panel.count,
          quorum: panel.quorum,
          met: panel.count > panel.quorum ? "yes" : "no",
        })}
      </p>

      {others ? (
        <div className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
          {panel.revealedBeforeRating && <p className="text-sm text-muted">{t("revealedFirst")}</p>}
          <p>
            <span className="me-1 font-medium">{t("consensus")}</span>
            {consensus.reliability && consensus.credibility
              ? gradeWording(
                  grades as unknown as GradeWords,
                  consensus.reliability,
                  consensus.credibility,
                )
              : t("notEnoughJudged")}
            <span className="ms-1 text-sm text-muted">
              {t("spread", {
                reliability: consensus.reliabilitySpread,
                credibility: consensus.credibilitySpread,
              })}
            </span>
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <GradeDistribution
              caption={t("form.reliabilityScale")}
              rows={others.reliability.map((r) => ({
                grade: r.grade,
                label: t(`form.reliability.${r.grade}.label`),
                count: r.count,
              }))}
            />
            <GradeDistribution
              caption={t("form.credibilityScale")}
              rows={others.credibility.map((r) => ({
                grade: String(r.grade),
                label: t(`form.credibility.${r.grade as 1}.label`),
                count: r.count,
              }))}
            />
          </div>
          <ul className="flex flex-col gap-1 text-sm">
            {others.ratings.map((rating) => (
              <li key={rating.reviewerId}>
                {t.rich("ratingBy", {
                  reviewer: rating.reviewer,
                  grade: `${rating.reliability}${rating.credibility}`,
                  b: (chunks) => (
                    <bdi dir="auto" className="font-medium">
                      {chunks}
                    </bdi>
                  ),
                })}
                {rating.note && (
                  // isolated, so an Arabic note keeps its full stop and leaves the grade and dash in place
                  <span className="text-muted">
                    {" — "}
                    <bdi dir="auto">{rating.note}</bdi>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="flex flex-col gap-2 rounded-lg border border-dashed border-line p-4">
          <p>
            {panel.count === 0 ? t("nobodyYet") : t("hiddenUntilYouRate", { count: panel.count })}
          </p>
          {panel.count > 0 && <RevealRatings claimId={claimId} />}
        </div>
      )}

      {panel.mayRate ? (
        <div className="flex flex-col gap-2">
          <h3 className="font-medium">{panel.mine ? t("yourRating") : t("rateThis")}</h3>
          <RatingForm claimId={claimId} mine={panel.mine} sourceRecords={panel.sourceRecords} />
        </div>
      ) : (
        <p role="note" className="rounded-md border border-line bg-paper px-3 py-2">
          {panel.mine
            ? t("lockedWithMine", { grade: `${panel.mine.reliability}${panel.mine.credibility}` })
            : t("locked")}
        </p>
      )}
    </section>
  );
}
