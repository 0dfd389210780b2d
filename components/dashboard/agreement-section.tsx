import type { DeskDashboard } from "@/lib/review/dashboard";
import { AgreementTable } from "./agreement-table";

/** How far reviewers agree, for each grade, with what the numbers mean in words. */
export function AgreementSection({
  agreement,
  actorId,
}: {
  agreement: DeskDashboard["agreement"];
  actorId: string;
}) {
  return (
    <section aria-labelledby="agreement-heading" className="flex flex-col gap-4">
      <h2 id="agreement-heading" className="text-lg font-semibold">
        Agreement between reviewers
      </h2>
      <div className="flex max-w-prose flex-col gap-2 text-sm text-muted">
        <p>
          Krippendorff&apos;s alpha (α, ordinal) measures how far reviewers give the same claim the
          same grade, beyond what chance would produce. <strong>1</strong> is perfect agreement,{" "}
          <strong>0</strong> is no better than chance, and below 0 reviewers disagree
          systematically. Krippendorff recommends relying on grades with α of at least 0.800,
          drawing only tentative conclusions between 0.667 and 0.800, and not relying on them below
          0.667.
        </p>
        <p>
          Only judged grades count (F and 6 are left out), on claims with at least two of them. For
          each reviewer the table gives alpha without their ratings and the change Δ: above 0, the
          desk agrees more without them, so their grades differ most from the rest. That is a reason
          to compare notes, not a verdict on who is right.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <AgreementTable
          id="agreement-reliability"
          grade="Reliability"
          scale="of the source, A–E"
          agreement={agreement.reliability}
          actorId={actorId}
        />
        <AgreementTable
          id="agreement-credibility"
          grade="Credibility"
          scale="of the information, 1–5"
          agreement={agreement.credibility}
          actorId={actorId}
        />
      </div>
    </section>
  );
}
