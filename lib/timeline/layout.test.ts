import { describe, expect, it } from "vitest";
import { defaultLayoutOptions, layoutTimeline, type LayoutClaim } from "./layout";

const claim = (
  id: number,
  eventDate: string,
  precision: LayoutClaim["precision"] = "day",
  contradicts: number[] = [],
): LayoutClaim => ({ id, eventDate, precision, contradicts });

const pointOf = (layout: ReturnType<typeof layoutTimeline>, claimId: number, laneKey?: string) =>
  layout.points.find((p) => p.claimId === claimId && (!laneKey || p.laneKey === laneKey))!;

describe("layoutTimeline", () => {
  it("lays out nothing but the frame for no claims", () => {
    const layout = layoutTimeline({ claims: [], lanes: [] });
    expect(layout.points).toEqual([]);
    expect(layout.links).toEqual([]);
    expect(layout.ticks).toEqual([]);
    expect(layout.lanes).toEqual([]);
    expect(layout.width).toBe(defaultLayoutOptions.width);
    expect(layout.height).toBeGreaterThan(0);
  });

  it("keeps an empty lane at the minimum height without ticks", () => {
    const layout = layoutTimeline({ claims: [], lanes: [{ key: "a", claimIds: [] }] });
    expect(layout.lanes).toEqual([
      { key: "a", top: layout.plot.top, height: defaultLayoutOptions.minLaneHeight, rows: 0 },
    ]);
    expect(layout.ticks).toEqual([]);
  });

  it("places later dates further right, inside the plot", () => {
    const dates = ["2003-01-01", "2014-06-30", "2021-08-15", "2021-08-26", "2026-06-25"];
    const claims = dates.map((date, i) => claim(i + 1, date));
    const lanes = claims.map((c) => ({ key: `lane-${c.id}`, claimIds: [c.id] }));
    const layout = layoutTimeline({ claims, lanes });
    const xs = claims.map((c) => pointOf(layout, c.id).x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    expect(xs[0]!).toBeGreaterThan(layout.plot.left);
    expect(xs[xs.length - 1]!).toBeLessThan(layout.plot.right);
  });

  it("plots a single date in the middle of a padded domain", () => {
    const layout = layoutTimeline({
      claims: [claim(1, "2025-07-03")],
      lanes: [{ key: "a", claimIds: [1] }],
    });
    const point = pointOf(layout, 1);
    expect(point.x).toBeCloseTo((layout.plot.left + layout.plot.right) / 2, 1);
    expect(layout.ticks.length).toBeGreaterThan(0);
    expect(layout.ticks.every((t) => t.kind === "month")).toBe(true);
  });

  it("stacks points of one lane on the same day into rows, and the lane grows", () => {
    const claims = [1, 2, 3, 4].map((id) => claim(id, "2021-08-26"));
    const layout = layoutTimeline({
      claims: [...claims, claim(5, "2025-07-07")],
      lanes: [
        { key: "a", claimIds: [1, 2, 3, 4] },
        { key: "b", claimIds: [5] },
      ],
    });
    const stacked = [1, 2, 3, 4].map((id) => pointOf(layout, id));
    expect(new Set(stacked.map((p) => p.x)).size).toBe(1);
    expect(stacked.map((p) => p.row).sort()).toEqual([0, 1, 2, 3]);
    const ys = stacked.map((p) => p.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++)
      expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(2 * defaultLayoutOptions.markerRadius);
    const [laneA, laneB] = layout.lanes;
    expect(laneA!.rows).toBe(4);
    expect(laneA!.height).toBeGreaterThan(laneB!.height);
    // every point stays inside its own lane
    for (const p of stacked) {
      expect(p.y).toBeGreaterThan(laneA!.top);
      expect(p.y).toBeLessThan(laneA!.top + laneA!.height);
    }
    expect(laneB!.top).toBe(laneA!.top + laneA!.height);
    expect(pointOf(layout, 5).row).toBe(0);
  });

  it("leaves points that are far apart in one row", () => {
    const layout = layoutTimeline({
      claims: [claim(1, "2003-01-01"), claim(2, "2026-01-01")],
      lanes: [{ key: "a", claimIds: [1, 2] }],
    });
    expect(layout.lanes[0]!.rows).toBe(1);
    expect(pointOf(layout, 1).y).toBe(pointOf(layout, 2).y);
  });

  it("does not stack points of different lanes", () => {
    const layout = layoutTimeline({
      claims: [claim(1, "2021-08-26"), claim(2, "2021-08-26")],
      lanes: [
        { key: "a", claimIds: [1] },
        { key: "b", claimIds: [2] },
      ],
    });
    expect(pointOf(layout, 1).row).toBe(0);
    expect(pointOf(layout, 2).row).toBe(0);
    expect(pointOf(layout, 2).y).toBeGreaterThan(pointOf(layout, 1).y);
  });

  it("spans a month or a year and centres the marker in the period", () => {
    const layout = layoutTimeline({
      claims: [
        claim(1, "2024-01-01", "year"),
        claim(2, "2025-07-01", "month"),
        claim(3, "2025-07-03"),
      ],
      lanes: [{ key: "a", claimIds: [1, 2, 3] }],
    });
    const year = pointOf(layout, 1);
    const month = pointOf(layout, 2);
    const day = pointOf(layout, 3);
    expect(year.spanEndX - year.spanStartX).toBeGreaterThan(
      (month.spanEndX - month.spanStartX) * 11,
    );
    expect(year.x).toBeCloseTo((year.spanStartX + year.spanEndX) / 2, 1);
    expect(month.x).toBeCloseTo((month.spanStartX + month.spanEndX) / 2, 1);
    expect(day.spanStartX).toBe(day.spanEndX);
    // 3 July lies inside the July bar, so the two cannot share a row
    expect(day.x).toBeGreaterThan(month.spanStartX);
    expect(day.row).not.toBe(month.row);
  });

  it("links each contradicting pair once, between the right points", () => {
    const layout = layoutTimeline({
      claims: [
        claim(1, "2025-04-01", "month", [2]),
        claim(2, "2024-04-01", "month", [1]),
        claim(3, "2021-08-26", "day", [4, 99]),
        claim(4, "2021-08-26", "day", [3]),
      ],
      lanes: [
        { key: "r2", claimIds: [1, 3, 4] },
        { key: "r3", claimIds: [2] },
      ],
    });
    expect(layout.links.map((l) => l.claimIds)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    const [across, within] = layout.links;
    expect(across!.from).toEqual({ x: pointOf(layout, 1).x, y: pointOf(layout, 1).y });
    expect(across!.to).toEqual({ x: pointOf(layout, 2).x, y: pointOf(layout, 2).y });
    expect(across!.path).toMatch(/^M [\d.]+ [\d.]+ Q [\d.]+ [\d.]+ [\d.]+ [\d.]+$/);
    // stacked on one day: the curve bulges sideways so the link shows between the markers
    expect(within!.from.x).toBe(within!.to.x);
    expect(Math.abs(within!.control.x - within!.from.x)).toBeGreaterThanOrEqual(14);
  });

  it("joins the closest copies when a claim sits in several lanes", () => {
    const layout = layoutTimeline({
      claims: [claim(1, "2021-08-23", "day", [2]), claim(2, "2021-08-26", "day", [1])],
      lanes: [
        { key: "taliban", claimIds: [1] },
        { key: "russia", claimIds: [2] },
        { key: "united-states", claimIds: [1, 2] },
      ],
    });
    expect(layout.points.filter((p) => p.claimId === 1)).toHaveLength(2);
    expect(layout.links).toHaveLength(1);
    const link = layout.links[0]!;
    const inSharedLane = [pointOf(layout, 1, "united-states"), pointOf(layout, 2, "united-states")];
    expect([link.from, link.to]).toEqual(inSharedLane.map(({ x, y }) => ({ x, y })));
  });

  it("draws no link to a claim that is not plotted", () => {
    const layout = layoutTimeline({
      claims: [claim(1, "2020-10-01", "month", [7])],
      lanes: [{ key: "a", claimIds: [1, 7] }],
    });
    expect(layout.points).toHaveLength(1);
    expect(layout.links).toEqual([]);
  });
});
