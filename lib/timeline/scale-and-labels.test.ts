import { describe, expect, it } from "vitest";
import { wrapLabel } from "./layout";
import { calendarTicks, datePeriod, timeScale } from "./time-scale";
import { formatEventDate } from "@/lib/text/event-date";

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
