import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { ClaimPoint, LaneLabel } from "@/components/timeline/chart-marks";
import { monthLabelFor, pointName } from "@/components/timeline/chart-words";
import { TimelineLegend } from "@/components/timeline/timeline-legend";
import { directionOf, languageOfLocale } from "@/lib/i18n/languages";
import { layoutTimeline } from "@/lib/timeline/layout";
import type { Timeline } from "@/lib/timeline/points";

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
