/**
 * The timeline's geometry, apart from React and the database so it can be
 * tested: a time scale over the claims' event dates, one horizontal lane per
 * report or entity, and the contradiction links between points.
 *
 * The scale is linear, except that a long stretch with no dated claim (more
 * than two years and a tenth of the whole span: the demo's claims sit in
 * 2003, 2014 and 2020-2026) is cut out and drawn as a narrow break, so the
 * busy years get the width instead of empty decades. Order is kept, and one
 * day is the same width everywhere, so distances inside a stretch compare.
 *
 * Dates with less than day precision are shown as what they are, a period:
 * the marker sits in the middle of its month or year and a faint bar spans
 * the whole period, so "July 2025" is not mistaken for 1 July. The chart draws
 * month markers hollow and year markers as hollow diamonds (see
 * components/timeline/timeline-chart.tsx); the bar is what makes the period
 * measurable against the axis.
 *
 * Points of one lane that would overlap (same day, or a period bar over
 * another point) are packed into rows, like a beeswarm: each takes the first
 * row where it clears the previous point, and a lane grows as tall as its
 * rows. Everything is in SVG user units; the chart scales the viewBox.
 */
import type { DatePrecision } from "@/lib/text/event-date";
import { defaultLayoutOptions, type TimelineLayoutOptions } from "./layout-options";
import { calendarTicks, datePeriod, roundPx, timeScale, type Tick } from "./time-scale";

export type { DatePrecision, Tick };
export { defaultLayoutOptions, type TimelineLayoutOptions };

export type LayoutClaim = {
  id: number;
  /** ISO date, YYYY-MM-DD; YYYY-MM-01 for a month, YYYY-01-01 for a year */
  eventDate: string;
  precision: DatePrecision;
  /** ids of the claims this one contradicts, plotted or not */
  contradicts: readonly number[];
};

export type LayoutLane = { key: string; claimIds: readonly number[] };

export type Point = { x: number; y: number };

export type PlacedPoint = Point & {
  /** unique in the chart: a claim appears once per lane it belongs to */
  key: string;
  claimId: number;
  laneKey: string;
  precision: DatePrecision;
  /** the period the date covers, in x; equal for a day */
  spanStartX: number;
  spanEndX: number;
  row: number;
};

export type PlacedLane = { key: string; top: number; height: number; rows: number };

export type ContradictionLink = {
  /** the smaller claim id first, so a pair has one key */
  claimIds: [number, number];
  from: Point;
  to: Point;
  control: Point;
  /** SVG path data: a quadratic curve, so even points stacked on one date show a visible link */
  path: string;
};

export type TimelineLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: Tick[];
  /** the x of each break in the axis, where a stretch without claims was cut out */
  breaks: number[];
  lanes: PlacedLane[];
  points: PlacedPoint[];
  links: ContradictionLink[];
};

/**
 * Breaks a lane label into at most `maxLines` lines of about `maxChars`
 * characters at spaces, ending in "…" when it does not fit. The chart keeps
 * the full label in a <title>.
 */
export function wrapLabel(label: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of label.trim().split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      // a word longer than a line is cut; it cannot wrap anywhere else
      for (let i = 0; i < word.length; i += maxChars) lines.push(word.slice(i, i + maxChars));
    }
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] =
    `${(last.length < maxChars ? last : last.slice(0, maxChars - 1)).trimEnd()}…`;
  return kept;
}

type Extent = { claim: LayoutClaim; x: number; spanStartX: number; spanEndX: number };

/** Packs one lane's points into rows so that no two overlap; returns the row of each. */
function packRows(extents: Extent[], radius: number): { rows: number[]; rowCount: number } {
  const clearance = 2;
  const order = extents
    .map((extent, index) => ({
      index,
      start: Math.min(extent.spanStartX, extent.x - radius),
      end: Math.max(extent.spanEndX, extent.x + radius),
      x: extent.x,
      id: extent.claim.id,
    }))
    .sort((a, b) => a.start - b.start || a.x - b.x || a.id - b.id);
  const rowEnds: number[] = [];
  const rows = new Array<number>(extents.length).fill(0);
  for (const item of order) {
    let row = rowEnds.findIndex((end) => end + clearance <= item.start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = item.end;
    rows[item.index] = row;
  }
  return { rows, rowCount: rowEnds.length };
}

function curveBetween(from: Point, to: Point): { control: Point; path: string } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  // bulge to the right (or upwards when level), by enough to see between stacked rows
  let normal = length === 0 ? { x: 0, y: -1 } : { x: -dy / length, y: dx / length };
  if (normal.x < 0 || (normal.x === 0 && normal.y > 0)) normal = { x: -normal.x, y: -normal.y };
  const bulge = Math.min(48, Math.max(14, length * 0.2));
  const control = { x: mid.x + normal.x * bulge, y: mid.y + normal.y * bulge };
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    control,
    path: `M ${r(from.x)} ${r(from.y)} Q ${r(control.x)} ${r(control.y)} ${r(to.x)} ${r(to.y)}`,
  };
}

/**
 * Lays the claims out in their lanes. A claim listed in several lanes gets a
 * point in each; a claim in no lane is not drawn. Lanes keep the given order;
 * lanes without a plottable claim keep their place with the minimum height.
 */
export function layoutTimeline(
  input: { claims: readonly LayoutClaim[]; lanes: readonly LayoutLane[] },
  options: Partial<TimelineLayoutOptions> = {},
): TimelineLayout {
  const o = { ...defaultLayoutOptions, ...options };
  const plot = { left: o.labelWidth, right: o.width - o.marginRight, top: o.axisHeight, bottom: 0 };
  const claimById = new Map(input.claims.map((claim) => [claim.id, claim]));
  const periods = new Map(
    input.claims.map((claim) => [claim.id, datePeriod(claim.eventDate, claim.precision)]),
  );

  const plotted = input.lanes.flatMap((lane) => lane.claimIds.filter((id) => periods.has(id)));
  const time = timeScale(
    plotted.map((id) => periods.get(id)!),
    [plot.left, plot.right],
    o,
  );
  const scale = (day: number) => roundPx(time.x(day));

  const lanes: PlacedLane[] = [];
  const points: PlacedPoint[] = [];
  let top = plot.top;
  for (const lane of input.lanes) {
    const extents: Extent[] = lane.claimIds.flatMap((id) => {
      const claim = claimById.get(id);
      if (!claim) return [];
      const [start, end] = periods.get(id)!;
      return [
        {
          claim,
          // a day's marker at noon, a period's in its middle
          x: scale((start + end) / 2),
          spanStartX: claim.precision === "day" ? scale((start + end) / 2) : scale(start),
          spanEndX: claim.precision === "day" ? scale((start + end) / 2) : scale(end),
        },
      ];
    });
    const { rows, rowCount } = packRows(extents, o.markerRadius);
    const contentHeight = rowCount > 0 ? 2 * o.markerRadius + (rowCount - 1) * o.rowGap : 0;
    const height = Math.max(o.minLaneHeight, contentHeight + 2 * o.lanePadding);
    const firstRowY = top + (height - contentHeight) / 2 + o.markerRadius;
    extents.forEach((extent, index) => {
      const row = rows[index]!;
      points.push({
        key: `${lane.key}:${extent.claim.id}`,
        claimId: extent.claim.id,
        laneKey: lane.key,
        precision: extent.claim.precision,
        x: extent.x,
        y: roundPx(firstRowY + row * o.rowGap),
        spanStartX: extent.spanStartX,
        spanEndX: extent.spanEndX,
        row,
      });
    });
    lanes.push({ key: lane.key, top, height, rows: rowCount });
    top += height;
  }
  plot.bottom = top;

  return {
    width: o.width,
    height: top + o.marginBottom,
    plot,
    ticks: plotted.length > 0 ? calendarTicks(time, o.minTickSpacing, o.monthLabel) : [],
    breaks: plotted.length > 0 ? time.breaks.map(roundPx) : [],
    lanes,
    points,
    links: contradictionLinks(points, claimById, lanes),
  };
}

/**
 * One link per contradicting pair with both claims plotted. Where a claim has
 * a point in several lanes (lanes by entity), the link joins the two points
 * closest in lanes, then in x, so a pair sharing a lane is linked inside it.
 */
function contradictionLinks(
  points: PlacedPoint[],
  claimById: Map<number, LayoutClaim>,
  lanes: PlacedLane[],
): ContradictionLink[] {
  const laneIndex = new Map(lanes.map((lane, index) => [lane.key, index]));
  const pointsOf = new Map<number, PlacedPoint[]>();
  for (const point of points)
    pointsOf.set(point.claimId, [...(pointsOf.get(point.claimId) ?? []), point]);

  const links: ContradictionLink[] = [];
  const seen = new Set<string>();
  for (const [claimId, claimPoints] of pointsOf) {
    for (const otherId of claimById.get(claimId)?.contradicts ?? []) {
      const otherPoints = pointsOf.get(otherId);
      const pairKey = `${Math.min(claimId, otherId)}-${Math.max(claimId, otherId)}`;
      if (!otherPoints || otherId === claimId || seen.has(pairKey)) continue;
      seen.add(pairKey);
      let best: [PlacedPoint, PlacedPoint] | undefined;
      let bestDistance = Infinity;
      for (const a of claimPoints) {
        for (const b of otherPoints) {
          const distance =
            Math.abs(laneIndex.get(a.laneKey)! - laneIndex.get(b.laneKey)!) * 1e6 +
            Math.abs(a.x - b.x);
          if (distance < bestDistance) [best, bestDistance] = [[a, b], distance];
        }
      }
      const [a, b] = claimId < otherId ? best! : [best![1], best![0]];
      const from = { x: a.x, y: a.y };
      const to = { x: b.x, y: b.y };
      links.push({ claimIds: [a.claimId, b.claimId], from, to, ...curveBetween(from, to) });
    }
  }
  return links;
}
