import { claimStatusStyle } from "@/components/claims/status-badge";
import { isMostlyArabic, textDirection } from "@/lib/text/arabic";
import { formatEventDate } from "@/lib/text/event-date";
import {
  layoutTimeline,
  wrapLabel,
  type PlacedLane,
  type PlacedPoint,
} from "@/lib/timeline/layout";
import type { Timeline, TimelineClaim, TimelineLane } from "@/lib/timeline/points";
import { Marker, TimelineLegend } from "@/components/timeline/timeline-legend";

const labelLineHeight = 15;

/** What a screen reader announces for a point, and what its tooltip shows. */
export function pointName(claim: TimelineClaim): string {
  const status = claimStatusStyle[claim.status].label;
  const date = formatEventDate(claim.eventDate, claim.precision);
  const contradicts =
    claim.contradicts.length === 0
      ? ""
      : `; contradicts claim${claim.contradicts.length === 1 ? "" : "s"} ${claim.contradicts.join(", ")}`;
  return `Claim ${claim.id}: ${claim.statement} — ${status}, ${date}${contradicts}`;
}

/**
 * The timeline as SVG, drawn on the server. Each point is an SVG <a> to its
 * claim card, so Tab reaches it and Enter or a click opens the card.
 *
 * Accessibility: the <svg> is role="group" with a label, not role="img",
 * because an img's children are presentational and the point links would
 * vanish for screen readers and voice control. Lanes are labelled groups
 * of links; axis, bands and contradiction curves are aria-hidden (each
 * point's name already says what it contradicts), and the table view beside
 * the chart carries the same facts in rows and columns.
 */
export function TimelineChart({
  timeline,
  tableId,
}: {
  timeline: Pick<Timeline, "claims" | "lanes" | "mode">;
  tableId: string;
}) {
  const layout = layoutTimeline(timeline);
  const claimById = new Map(timeline.claims.map((claim) => [claim.id, claim]));
  const years = timeline.claims.map((claim) => claim.eventDate.slice(0, 4));
  const firstYear = years.reduce((a, b) => (a < b ? a : b), years[0] ?? "");
  const lastYear = years.reduce((a, b) => (a > b ? a : b), years[0] ?? "");
  const laneNoun = timeline.mode === "report" ? "report" : "entity";

  return (
    <figure className="flex flex-col gap-3">
      <TimelineLegend />
      <a
        href={`#${tableId}`}
        className="sr-only focus:not-sr-only focus:self-start focus:rounded focus:bg-white focus:p-1 focus:text-accent focus:underline"
      >
        Skip the chart to the table view
      </a>
      <div className="overflow-x-auto rounded-lg border border-line bg-white">
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          className="block h-auto w-full min-w-[1000px]"
          role="group"
          aria-label={`Timeline of ${timeline.claims.length} claims in ${layout.lanes.length} lanes by ${laneNoun}, ${firstYear} to ${lastYear}. Each point links to its claim card; the table view lists the same claims.`}
          fontSize={12.5}
        >
          <g aria-hidden="true">
            {layout.lanes.map((lane, index) => (
              <rect
                key={lane.key}
                x={0}
                y={lane.top}
                width={layout.width}
                height={lane.height}
                className={index % 2 === 0 ? "fill-paper" : "fill-white"}
              />
            ))}
            <text
              x={layout.plot.left - 14}
              y={layout.plot.top - 14}
              textAnchor="end"
              className="fill-muted"
            >
              {timeline.mode === "report" ? "Report" : "Entity"}
            </text>
            {layout.ticks.map((tick) => (
              <g key={`${tick.kind}-${tick.x}`}>
                <line
                  x1={tick.x}
                  x2={tick.x}
                  y1={layout.plot.top - 6}
                  y2={layout.plot.bottom}
                  className="stroke-line"
                />
                <text
                  x={tick.x}
                  y={layout.plot.top - 14}
                  textAnchor="middle"
                  className="fill-muted"
                >
                  {tick.label}
                </text>
              </g>
            ))}
            {layout.breaks.map((x) => (
              <g key={`break-${x}`}>
                <rect
                  x={x - 7}
                  y={layout.plot.top - 12}
                  width={14}
                  height={layout.plot.bottom - layout.plot.top + 12}
                  className="fill-white"
                />
                <path
                  d={`M ${x - 6} ${layout.plot.top - 4} l 5 -10 M ${x + 1} ${layout.plot.top - 4} l 5 -10`}
                  strokeWidth={1.5}
                  className="stroke-muted"
                />
              </g>
            ))}
            {layout.links.map((link) => (
              <g key={link.claimIds.join("-")} data-contradiction={link.claimIds.join("-")}>
                <path d={link.path} fill="none" strokeWidth={5} className="stroke-white" />
                <path
                  d={link.path}
                  fill="none"
                  strokeWidth={1.75}
                  strokeDasharray="6 3"
                  className="stroke-ink"
                />
              </g>
            ))}
          </g>
          {layout.lanes.map((placed, index) => {
            const lane = timeline.lanes[index]!;
            return (
              <g
                key={placed.key}
                role="group"
                aria-label={`${laneNoun === "report" ? "Report" : "Entity"}: ${lane.label}`}
              >
                <LaneLabel lane={lane} placed={placed} x={layout.plot.left - 14} />
                {layout.points
                  .filter((point) => point.laneKey === placed.key)
                  .map((point) => (
                    <ClaimPoint
                      key={point.key}
                      point={point}
                      claim={claimById.get(point.claimId)!}
                    />
                  ))}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="text-sm text-muted">
        Claims by event date, one lane per {laneNoun}. Hover or focus a point for its claim; open it
        with a click or Enter.
        {layout.breaks.length > 0 &&
          " A // on the axis marks years without dated claims, left out so the rest have room."}
      </figcaption>
    </figure>
  );
}

/**
 * A lane's name beside the plot, right-aligned against it. An Arabic title
 * runs right to left (its start is then its right edge, hence text-anchor
 * "start"); a long one is cut to three lines, with the whole title on hover.
 */
function LaneLabel({ lane, placed, x }: { lane: TimelineLane; placed: PlacedLane; x: number }) {
  const rtl = textDirection(lane.label) === "rtl";
  const lines = wrapLabel(lane.label, rtl ? 34 : 30, 3);
  const count = lane.claimIds.length;
  const firstBaseline =
    placed.top + placed.height / 2 - ((lines.length + 1) * labelLineHeight) / 2 + 11;
  return (
    <g aria-hidden="true">
      <title>{lane.label}</title>
      <text
        y={firstBaseline}
        direction={rtl ? "rtl" : "ltr"}
        textAnchor={rtl ? "start" : "end"}
        lang={isMostlyArabic(lane.label) ? "ar" : undefined}
        className="fill-ink font-medium"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : labelLineHeight}>
            {line}
          </tspan>
        ))}
      </text>
      <text
        x={x}
        y={firstBaseline + lines.length * labelLineHeight}
        textAnchor="end"
        fontSize={11}
        className="fill-muted"
      >
        {count} claim{count === 1 ? "" : "s"}
      </text>
    </g>
  );
}

function ClaimPoint({ point, claim }: { point: PlacedPoint; claim: TimelineClaim }) {
  const name = pointName(claim);
  const { markerFill, markerStroke } = claimStatusStyle[claim.status];
  return (
    // the focus ring is drawn inside the SVG: outlines around SVG shapes are unreliable
    <a href={`/claims/${claim.id}`} aria-label={name} className="group outline-none">
      <title>{name}</title>
      {point.precision !== "day" && (
        <line
          x1={point.spanStartX}
          x2={point.spanEndX}
          y1={point.y}
          y2={point.y}
          strokeWidth={4}
          strokeOpacity={0.35}
          strokeLinecap="round"
          className={markerStroke}
        />
      )}
      <circle cx={point.x} cy={point.y} r={11} fill="transparent" />
      <Marker
        x={point.x}
        y={point.y}
        precision={point.precision}
        fill={markerFill}
        stroke={markerStroke}
      />
      <circle
        cx={point.x}
        cy={point.y}
        r={10.5}
        fill="none"
        strokeWidth={3}
        className="stroke-accent opacity-0 group-hover:opacity-50 group-focus-visible:opacity-100"
      />
    </a>
  );
}
