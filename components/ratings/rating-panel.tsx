import { StatusBadge, statusLabel } from "@/components/claims/status-badge";
import type { User } from "@/db/schema";
import { getRatingPanel } from "@/lib/ratings/panel";
import { credibilityMeaning, gradeWording, reliabilityMeaning } from "@/lib/review/grades";
import { explainStatus } from "@/lib/review/status";
import { verdictLabels } from "@/lib/verdicts/labels";
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
  const panel = await getRatingPanel(actor, claimId);
  const { status, others } = panel;
  const { consensus } = status;
  return (
    <section aria-labelledby="ratings-heading" className="flex flex-col gap-4">
      <h2 id="ratings-heading" className="text-lg font-semibold">
        Sourcing grades
      </h2>
      <div className="flex flex-wrap items-center gap-2 rounded-lg border border-line bg-white p-3">
        {panel.verdict && (
          <p className="w-full text-sm">
            The editor&apos;s verdict,{" "}
            <span className="font-medium">{verdictLabels[panel.verdict]}</span>, is what the desk
            shows for this claim. The grades alone say:
          </p>
        )}
        <StatusBadge status={status.status} />
        <p className="text-sm">
          <span className="sr-only">Why: </span>
          {explainStatus(status, statusLabel(status.status))}
        </p>
      </div>
      <p className="text-sm text-muted">
        {panel.count} of the {panel.quorum} ratings the status needs
        {panel.count > panel.quorum ? " (quorum met)" : ""}.
      </p>

      {others ? (
        <div className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
          {panel.revealedBeforeRating && (
            <p className="text-sm text-muted">You chose to see these before rating.</p>
          )}
          <p>
            <span className="font-medium">Consensus: </span>
            {consensus.reliability && consensus.credibility
              ? gradeWording(consensus.reliability, consensus.credibility)
              : "not enough judged grades"}
            <span className="text-sm text-muted">
              {" "}
              · spread between quartiles: reliability {consensus.reliabilitySpread}, credibility{" "}
              {consensus.credibilitySpread} grade{consensus.credibilitySpread === 1 ? "" : "s"}
            </span>
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <GradeDistribution
              caption="Source reliability"
              rows={others.reliability.map((r) => ({
                grade: r.grade,
                label: reliabilityMeaning[r.grade].label,
                count: r.count,
              }))}
            />
            <GradeDistribution
              caption="Information credibility"
              rows={others.credibility.map((r) => ({
                grade: String(r.grade),
                label: credibilityMeaning[r.grade].label,
                count: r.count,
              }))}
            />
          </div>
          <ul className="flex flex-col gap-1 text-sm">
            {others.ratings.map((rating) => (
              <li key={rating.reviewerId}>
                <span className="font-medium">{rating.reviewer}</span>: {rating.reliability}
                {rating.credibility}
                {rating.note && (
                  // isolated, so an Arabic note keeps its full stop and leaves the grade and dash in place
                  <span className="text-muted">
                    {" "}
                    — <bdi>{rating.note}</bdi>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="flex flex-col gap-2 rounded-lg border border-dashed border-line p-4">
          <p>
            {panel.count === 0
              ? "Nobody has rated this claim yet."
              : `${panel.count} reviewer${panel.count === 1 ? " has" : "s have"} rated this claim. Their grades stay hidden until you rate, so they do not anchor yours.`}
          </p>
          {panel.count > 0 && <RevealRatings claimId={claimId} />}
        </div>
      )}

      {panel.mayRate ? (
        <div className="flex flex-col gap-2">
          <h3 className="font-medium">{panel.mine ? "Your rating" : "Rate this claim"}</h3>
          <RatingForm claimId={claimId} mine={panel.mine} sourceRecords={panel.sourceRecords} />
        </div>
      ) : (
        <p role="note" className="rounded-md border border-line bg-paper px-3 py-2">
          An editor has set a verdict, so ratings are locked until an editor reopens the claim.
          {panel.mine ? ` Your rating: ${panel.mine.reliability}${panel.mine.credibility}.` : ""}
        </p>
      )}
    </section>
  );
}
