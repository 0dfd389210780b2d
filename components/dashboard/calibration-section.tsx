import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ReviewerCalibration } from "@/lib/review/calibration";
import { verdictOrder } from "@/lib/sources/record-summary";

/** The catalogue's key for each band (dashboard.calibration.band). */
const bandKeys = { "A–B": "AB", C: "C", "D–E": "DE", F: "F" } as const satisfies Record<
  ReviewerCalibration["bands"][number]["band"],
  string
>;

/**
 * Each reviewer's reliability letters set against the verdicts their claims
 * later received, decided claims only, with the counts. Labelled as what it
 * is: a prompt to compare notes, not a score; a reliable source can be wrong
 * once, and a verdict may rest on what the grader never saw.
 */
export function CalibrationSection({
  calibration,
  actorId,
}: {
  calibration: ReviewerCalibration[];
  actorId: string;
}) {
  const t = useTranslations("dashboard.calibration");
  const vocab = useTranslations("vocab");
  const format = useFormatter();
  return (
    <section aria-labelledby="calibration-heading" className="flex flex-col gap-4">
      <h2 id="calibration-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <div className="flex max-w-prose flex-col gap-2 text-sm text-muted">
        <p>{t("intro")}</p>
      </div>
      {calibration.length === 0 ? (
        <p className="text-sm text-muted">{t("none")}</p>
      ) : (
        <ScrollRegion labelledBy="calibration-caption">
          {/* its own table, not Table: a row group per reviewer, which Table's one body cannot hold */}
          <table className="w-full min-w-[40rem] text-start text-sm">
            <caption
              id="calibration-caption"
              className="border-b border-line px-3 py-2 text-start text-xs text-muted"
            >
              {t("caption")}
            </caption>
            <thead className="bg-paper text-xs text-muted uppercase">
              <tr>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  {t("reviewer")}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  {t("letters")}
                </th>
                <th scope="col" className="px-3 py-2 text-end font-medium">
                  {t("decided")}
                </th>
                {verdictOrder.map((verdict) => (
                  <th key={verdict} scope="col" className="px-3 py-2 text-end font-medium">
                    {vocab(`verdict.${verdict}`)}
                  </th>
                ))}
              </tr>
            </thead>
            {calibration.map((reviewer) => (
              <tbody key={reviewer.reviewerId} className="border-t border-line">
                {reviewer.bands.map((band, i) => (
                  <tr key={band.band}>
                    {i === 0 && (
                      <th
                        scope="rowgroup"
                        rowSpan={reviewer.bands.length}
                        className="px-3 py-2 text-start align-top font-medium"
                      >
                        <bdi>{reviewer.displayName}</bdi>
                        {reviewer.reviewerId === actorId && (
                          <span className="font-normal text-muted"> {t("you")}</span>
                        )}
                        {!reviewer.active && (
                          <span className="font-normal text-muted"> {t("deactivated")}</span>
                        )}
                      </th>
                    )}
                    <td className="px-3 py-2">{t(`band.${bandKeys[band.band]}`)}</td>
                    <td className="px-3 py-2 text-end tabular-nums">
                      {format.number(band.decided)}
                    </td>
                    {verdictOrder.map((verdict) => (
                      <td key={verdict} className="px-3 py-2 text-end tabular-nums">
                        {format.number(band.verdicts[verdict])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
