import type { Metadata } from "next";
import Link from "next/link";
import { TimelineChart } from "@/components/timeline/timeline-chart";
import { TimelineTable } from "@/components/timeline/timeline-table";
import { requireUser } from "@/lib/auth/current-user";
import { ENTITY_LANE_LIMIT, getTimeline, type LaneMode } from "@/lib/timeline/points";

export const metadata: Metadata = { title: "Timeline" };

const laneSwitch: Array<{ mode: LaneMode; label: string; href: string }> = [
  { mode: "report", label: "Lanes by report", href: "/timeline" },
  { mode: "entity", label: "Lanes by entity", href: "/timeline?lanes=entity" },
];

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

export default async function TimelinePage({
  searchParams,
}: {
  searchParams: Promise<{ lanes?: string | string[] }>;
}) {
  const user = await requireUser();
  const mode: LaneMode = (await searchParams).lanes === "entity" ? "entity" : "report";
  const timeline = await getTimeline(user, mode);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Timeline</h1>
          <p className="text-sm text-muted">
            Claims placed by the date of the event they are about, coloured by status.
          </p>
        </div>
        <nav aria-label="Timeline lanes" className="flex gap-1 rounded-md border border-line p-1">
          {laneSwitch.map((option) => (
            <Link
              key={option.mode}
              href={option.href}
              aria-current={option.mode === mode ? "page" : undefined}
              className={`rounded px-3 py-1.5 text-sm font-medium ${
                option.mode === mode ? "bg-accent text-white" : "text-ink hover:bg-paper"
              }`}
            >
              {option.label}
            </Link>
          ))}
        </nav>
      </div>

      <div role="note" className="flex flex-col gap-1 text-sm text-muted">
        <p>
          {plural(timeline.undatedCount, "claim")} {timeline.undatedCount === 1 ? "has" : "have"} no
          event date and {timeline.undatedCount === 1 ? "is" : "are"} not plotted.
        </p>
        {mode === "entity" && timeline.omittedEntityCount > 0 && (
          <p>
            Showing the {ENTITY_LANE_LIMIT} entities with the most dated claims;{" "}
            {timeline.omittedEntityCount} more{" "}
            {timeline.omittedEntityCount === 1 ? "entity is" : "entities are"} left out.
          </p>
        )}
        {timeline.claimsOutsideLanes > 0 && (
          <p>
            {plural(timeline.claimsOutsideLanes, "dated claim")} with none of these entities{" "}
            {timeline.claimsOutsideLanes === 1 ? "is" : "are"} not shown; lanes by report show every
            dated claim.
          </p>
        )}
      </div>

      {timeline.claims.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-white p-6 text-muted">
          No claim has an event date yet. Give a claim the date of the event it is about and it
          appears here.
        </p>
      ) : (
        <>
          <TimelineChart timeline={timeline} tableId="timeline-table" />
          <TimelineTable id="timeline-table" claims={timeline.claims} />
        </>
      )}
    </div>
  );
}
