import { describe, expect, it } from "vitest";
import { defaultLayoutOptions, layoutTimeline, wrapLabel, type LayoutClaim } from "./layout";
import { calendarTicks, datePeriod, timeScale } from "./time-scale";
import { formatEventDate } from "@/lib/text/event-date";

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

describe("timeScale", () => {
  const options = { compressGaps: true, breakWidth: 24 };
  const day = (iso: string) => datePeriod(iso, "day")[0];
  const demoPeriods = [
    datePeriod("2003-01-01", "year"),
    datePeriod("2014-01-01", "year"),
    datePeriod("2020-10-01", "month"),
    datePeriod("2021-08-26", "day"),
    datePeriod("2024-01-01", "year"),
    datePeriod("2025-07-03", "day"),
    datePeriod("2026-06-25", "day"),
  ];

  it("cuts long empty stretches out of the axis and keeps the order", () => {
    const scale = timeScale(demoPeriods, [220, 1092], options);
    // 2003, 2014, and 2020 to 2026 (the 2021-2024 gap is too short to cut)
    expect(scale.segments).toHaveLength(3);
    expect(scale.breaks).toHaveLength(2);
    const days = [
      "2002-12-01",
      "2003-06-01",
      "2009-01-01",
      "2014-06-01",
      "2020-10-15",
      "2021-08-26",
      "2023-01-01",
      "2025-07-03",
      "2026-06-25",
    ].map(day);
    const xs = days.map(scale.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]!);
    // a day in a cut-out stretch sits on its break
    expect(scale.x(day("2009-01-01"))).toBe(scale.breaks[0]);
    expect(xs[0]!).toBeGreaterThanOrEqual(220);
    expect(xs[xs.length - 1]!).toBeLessThanOrEqual(1092);
  });

  it("gives every stretch the same width per day", () => {
    const scale = timeScale(demoPeriods, [220, 1092], options);
    const width = (from: string, to: string) => scale.x(day(to)) - scale.x(day(from));
    expect(width("2003-03-01", "2003-04-01")).toBeCloseTo(31 * scale.pixelsPerDay, 6);
    expect(width("2025-03-01", "2025-04-01")).toBeCloseTo(31 * scale.pixelsPerDay, 6);
  });

  it("is plainly linear without compression", () => {
    const scale = timeScale(demoPeriods, [220, 1092], { ...options, compressGaps: false });
    expect(scale.segments).toHaveLength(1);
    expect(scale.breaks).toEqual([]);
    const b = scale.x(day("2014-01-01"));
    const c = scale.x(day("2025-01-01"));
    expect(c - b).toBeCloseTo((day("2025-01-01") - day("2014-01-01")) * scale.pixelsPerDay, 6);
  });
});

describe("calendarTicks", () => {
  const linear = (from: string, to: string) =>
    timeScale([[datePeriod(from, "day")[0], datePeriod(to, "day")[1]]], [0, 870], {
      compressGaps: false,
      breakWidth: 0,
    });

  it("marks years, spaced to fit, over a span of decades", () => {
    const ticks = calendarTicks(linear("2003-01-01", "2026-06-25"), 64);
    expect(ticks.every((t) => t.kind === "year")).toBe(true);
    const labels = ticks.map((t) => t.label);
    expect(labels[0]).toBe("2004");
    expect(labels.at(-1)).toBe("2026");
    expect(labels.every((label) => Number(label) % 2 === 0)).toBe(true);
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(64);
  });

  it("marks single years, not months, over a few years", () => {
    const ticks = calendarTicks(linear("2020-12-20", "2025-11-20"), 64);
    expect(ticks.map((t) => t.label)).toEqual(["2021", "2022", "2023", "2024", "2025"]);
  });

  it("marks months over a short span, naming the year on January and the first tick", () => {
    const ticks = calendarTicks(linear("2025-05-20", "2026-02-10"), 64);
    expect(ticks.every((t) => t.kind === "month")).toBe(true);
    expect(ticks.map((t) => t.label)).toEqual([
      "Jun 2025",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
      "Jan 2026",
      "Feb",
    ]);
  });

  it("gives every stretch of a broken axis a tick, none on a break", () => {
    const scale = timeScale(
      [
        datePeriod("2003-01-01", "year"),
        datePeriod("2021-08-26", "day"),
        datePeriod("2025-07-03", "day"),
      ],
      [220, 1092],
      { compressGaps: true, breakWidth: 24 },
    );
    const ticks = calendarTicks(scale, 64);
    // little time is drawn, so months are marked, each stretch's first with its year
    expect(ticks.map((t) => t.label)).toEqual(
      expect.arrayContaining(["Jan 2003", "Sep 2021", "Jul 2025"]),
    );
    for (const [start, end] of scale.segments)
      expect(ticks.some((t) => t.x >= scale.x(start) && t.x <= scale.x(end))).toBe(true);
    for (const x of scale.breaks) expect(ticks.every((t) => Math.abs(t.x - x) > 12)).toBe(true);
  });
});

describe("formatEventDate", () => {
  it("never claims more precision than the date has", () => {
    expect(formatEventDate("2025-09-13", "day")).toBe("13 Sep 2025");
    expect(formatEventDate("2025-07-01", "month")).toBe("Jul 2025");
    expect(formatEventDate("2024-01-01", "year")).toBe("2024");
  });

  it("refuses what is not an ISO date", () => {
    expect(() => formatEventDate("13/09/2025", "day")).toThrow(RangeError);
  });
});

describe("wrapLabel", () => {
  it("keeps a short label whole", () => {
    expect(wrapLabel("Taliban", 30, 2)).toEqual(["Taliban"]);
  });

  it("wraps at spaces and ends a label that does not fit with an ellipsis", () => {
    const lines = wrapLabel(
      "Leaked secret document reveals military cooperation between the Taliban and China",
      30,
      2,
    );
    expect(lines).toEqual(["Leaked secret document reveals", "military cooperation between…"]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
  });

  it("wraps Arabic words in reading order", () => {
    expect(wrapLabel("الاعتراف الروسي بحكومة طالبان", 16, 2)).toEqual([
      "الاعتراف الروسي",
      "بحكومة طالبان",
    ]);
  });

  it("cuts a word longer than a line", () => {
    expect(wrapLabel("abcdefghijklmnop", 5, 2)).toEqual(["abcde", "fghi…"]);
  });
});
