import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ReviewerCalibration } from "@/lib/review/calibration";
import { verdictOrder } from "@/lib/sources/record-summary";
import { verdictLabels } from "@/lib/verdicts/labels";

const bandWords: Record<ReviewerCalibration["bands"][number]["band"], string> = {
  "A–B": "A–B (reliable)",
  C: "C (fairly reliable)",
  "D–E": "D–E (unreliable)",
  F: "F (could not judge)",
};

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
  return (
    <section aria-labelledby="calibration-heading" className="flex flex-col gap-4">
      <h2 id="calibration-heading" className="text-lg font-semibold">
        Letters and later verdicts
      </h2>
      <div className="flex max-w-prose flex-col gap-2 text-sm text-muted">
        <p>
          For each reviewer, the source reliability letters they gave and the verdicts those claims
          received later, over decided claims only: of the claims someone graded A–B, how many ended
          false. It is a prompt to compare notes, not a score. A usually reliable source can be
          wrong once, and a verdict may rest on evidence the grader never saw.
        </p>
      </div>
      {calibration.length === 0 ? (
        <p className="text-sm text-muted">
          Nothing to compare yet: no claim that someone graded has a verdict.
        </p>
      ) : (
        <ScrollRegion labelledBy="calibration-caption">
          <table className="w-full min-w-[40rem] text-start text-sm">
            <caption
              id="calibration-caption"
              className="border-b border-line px-3 py-2 text-start text-xs text-muted"
            >
              Letters given and the verdicts those claims received (decided claims)
            </caption>
            <thead className="bg-paper text-xs text-muted uppercase">
              <tr>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  Reviewer
                </th>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  Letters given
                </th>
                <th scope="col" className="px-3 py-2 text-end font-medium">
                  Decided claims
                </th>
                {verdictOrder.map((verdict) => (
                  <th key={verdict} scope="col" className="px-3 py-2 text-end font-medium">
                    {verdictLabels[verdict]}
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
                        {reviewer.displayName}
                        {reviewer.reviewerId === actorId && (
                          <span className="font-normal text-muted"> (you)</span>
                        )}
                        {!reviewer.active && (
                          <span className="font-normal text-muted"> (deactivated)</span>
                        )}
                      </th>
                    )}
                    <td className="px-3 py-2">{bandWords[band.band]}</td>
                    <td className="px-3 py-2 text-end tabular-nums">{band.decided}</td>
                    {verdictOrder.map((verdict) => (
                      <td key={verdict} className="px-3 py-2 text-end tabular-nums">
                        {band.verdicts[verdict]}
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
