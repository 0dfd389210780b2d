/** The chart's marks that carry words or links: a lane's title and a claim's point. */
import { claimStatusStyle } from "@/components/claims/status-badge";
import { Marker } from "@/components/timeline/timeline-legend";
import { isMostlyArabic, textDirection } from "@/lib/text/arabic";
import { wrapLabel, type PlacedLane, type PlacedPoint } from "@/lib/timeline/layout";
import type { TimelineClaim, TimelineLane } from "@/lib/timeline/points";

const labelLineHeight = 15;

/**
 * A lane's name beside the plot, aligned against it: right-aligned in an
 * English interface, left-aligned in an Arabic one, whatever the title's own
 * script. A title runs in its own direction, so its text-anchor is "end"
 * when it runs the interface's way and "start" when it runs against it; a
 * long one is cut to three lines, with the whole title on hover. The title
 * is data: isolated from the chart's direction, like HTML's `<bdi>`.
 */
export function LaneLabel({
  lane,
  placed,
  x,
  direction,
  count,
}: {
  lane: TimelineLane;
  placed: PlacedLane;
  x: number;
  direction: "ltr" | "rtl";
  count: string;
}) {
  const own = textDirection(lane.label);
  const lines = wrapLabel(lane.label, own === "rtl" ? 34 : 30, 3);
  const firstBaseline =
    placed.top + placed.height / 2 - ((lines.length + 1) * labelLineHeight) / 2 + 11;
  return (
    <g aria-hidden="true">
      <title>{lane.label}</title>
      <text
        y={firstBaseline}
        direction={own}
        unicodeBidi="isolate"
        textAnchor={own === direction ? "end" : "start"}
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
        direction={direction}
        fontSize={11}
        className="fill-muted"
      >
        {count}
      </text>
    </g>
  );
}

export function ClaimPoint({
  point,
  claim,
  name,
}: {
  point: PlacedPoint;
  claim: TimelineClaim;
  name: string;
}) {
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
