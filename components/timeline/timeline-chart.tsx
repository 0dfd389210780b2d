import { useLocale, useTranslations } from "next-intl";
import { claimStatusStyle } from "@/components/claims/status-badge";
import { directionOf, languageOfLocale } from "@/lib/i18n/languages";
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

type Translate = ReturnType<typeof useTranslations<"timeline">>;
type Vocabulary = ReturnType<typeof useTranslations<"vocab">>;

/** What a screen reader announces for a point, and what its tooltip shows. */
export function pointName(
  claim: TimelineClaim,
  t: Translate,
  vocab: Vocabulary,
  locale: string,
): string {
  const facts = {
    id: claim.id,
    statement: claim.statement,
    status: vocab(`status.${claim.status}`),
    date: formatEventDate(claim.eventDate, claim.precision, locale),
  };
  return claim.contradicts.length === 0
    ? t("point", facts)
    : t("pointContradicts", {
        ...facts,
        count: claim.contradicts.length,
        others: claim.contradicts.join(languageOfLocale(locale) === "ar" ? "، " : ", "),
      });
}

/**
 * The axis's month names in the reader's language ("Jul 2025", "يوليو 2025"):
 * English keeps the desk's three-letter months, other languages take Intl's.
 */
function monthLabelFor(locale: string) {
  if (languageOfLocale(locale) === "en") return undefined;
  const withYear = new Intl.DateTimeFormat(locale, {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const alone = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  return (year: number, month: number, showYear: boolean) =>
    (showYear ? withYear : alone).format(new Date(Date.UTC(year, month, 1)));
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
  const t = useTranslations("timeline");
  const vocab = useTranslations("vocab");
  const locale = useLocale();
  const monthLabel = monthLabelFor(locale);
  const layout = layoutTimeline(timeline, monthLabel ? { monthLabel } : {});
  // Right to left, time runs right to left too: the drawing is mirrored as a
  // whole (markers and curves are symmetric), its words placed at mirrored
  // positions but never mirrored themselves.
  const direction = directionOf(languageOfLocale(locale));
  const rtl = direction === "rtl";
  const at = (x: number) => (rtl ? layout.width - x : x);
  const mirrored = rtl ? `matrix(-1 0 0 1 ${layout.width} 0)` : undefined;
  const labelX = at(layout.plot.left - 14);
  const claimById = new Map(timeline.claims.map((claim) => [claim.id, claim]));
  const years = timeline.claims.map((claim) => claim.eventDate.slice(0, 4));
  const firstYear = years.reduce((a, b) => (a < b ? a : b), years[0] ?? "");
  const lastYear = years.reduce((a, b) => (a > b ? a : b), years[0] ?? "");
  const lanes = timeline.mode;

  return (
    <figure className="flex flex-col gap-3">
      <TimelineLegend />
      <a
        href={`#${tableId}`}
        className="sr-only focus:not-sr-only focus:self-start focus:rounded focus:bg-white focus:p-1 focus:text-accent focus:underline"
      >
        {t("skipToTable")}
      </a>
      <div className="overflow-x-auto rounded-lg border border-line bg-white">
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          className="block h-auto w-full min-w-[1000px]"
          role="group"
          aria-label={t("chartLabel", {
            lanes,
            claims: timeline.claims.length,
            laneCount: layout.lanes.length,
            from: firstYear,
            to: lastYear,
          })}
          fontSize={12.5}
        >
          <g aria-hidden="true" transform={mirrored}>
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
            {layout.ticks.map((tick) => (
              <line
                key={`${tick.kind}-${tick.x}`}
                x1={tick.x}
                x2={tick.x}
                y1={layout.plot.top - 6}
                y2={layout.plot.bottom}
                className="stroke-line"
              />
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
          <g aria-hidden="true" direction={direction}>
            <text x={labelX} y={layout.plot.top - 14} textAnchor="end" className="fill-muted">
              {t("laneHeading", { lanes })}
            </text>
            {layout.ticks.map((tick) => (
              <text
                key={`${tick.kind}-${tick.x}`}
                x={at(tick.x)}
                y={layout.plot.top - 14}
                textAnchor="middle"
                className="fill-muted"
              >
                {tick.label}
              </text>
            ))}
          </g>
          {layout.lanes.map((placed, index) => {
            const lane = timeline.lanes[index]!;
            return (
              <g
                key={placed.key}
                role="group"
                aria-label={t("laneGroup", { lanes, label: lane.label })}
              >
                <LaneLabel
                  lane={lane}
                  placed={placed}
                  x={labelX}
                  direction={direction}
                  count={t("laneCount", { count: lane.claimIds.length })}
                />
                <g transform={mirrored}>
                  {layout.points
                    .filter((point) => point.laneKey === placed.key)
                    .map((point) => (
                      <ClaimPoint
                        key={point.key}
                        point={point}
                        claim={claimById.get(point.claimId)!}
                        name={pointName(claimById.get(point.claimId)!, t, vocab, locale)}
                      />
                    ))}
                </g>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="text-sm text-muted">
        {t("caption", { lanes })}
        {layout.breaks.length > 0 && ` ${t("breaks")}`}
      </figcaption>
    </figure>
  );
}

/**
 * A lane's name beside the plot, aligned against it: right-aligned in an
 * English interface, left-aligned in an Arabic one, whatever the title's own
 * script. A title runs in its own direction, so its text-anchor is "end"
 * when it runs the interface's way and "start" when it runs against it; a
 * long one is cut to three lines, with the whole title on hover.
 */
function LaneLabel({
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

function ClaimPoint({
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
