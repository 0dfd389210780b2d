/**
 * The timeline's time axis: days as numbers, the period a date of some
 * precision stands for, a scale that cuts long empty stretches out of the
 * axis (see ./layout.ts for why), and calendar ticks that fit the space.
 */
import { monthNames, parseIsoDate, type DatePrecision } from "@/lib/text/event-date";

export type Tick = { x: number; label: string; kind: "year" | "month" };

/** A month as an axis names it, with its year or alone ("Jul 2025", "Jul"). */
export type MonthLabel = (year: number, month: number, withYear: boolean) => string;

export const englishMonthLabel: MonthLabel = (year, month, withYear) =>
  withYear ? `${monthNames[month]} ${year}` : monthNames[month]!;

const dayMs = 86_400_000;

/** Hundredths of a unit are finer than any screen shows, and keep the markup short. */
export const roundPx = (n: number) => Math.round(n * 100) / 100;

/** Days since 1970-01-01 (UTC), fractional where needed. */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day) / dayMs;
}

/** The period a date of some precision stands for, as [first day, day after the last). */
export function datePeriod(iso: string, precision: DatePrecision): [number, number] {
  const { year, month, day } = parseIsoDate(iso);
  if (precision === "year") return [dayNumber(year, 0, 1), dayNumber(year + 1, 0, 1)];
  if (precision === "month") return [dayNumber(year, month, 1), dayNumber(year, month + 1, 1)];
  const start = dayNumber(year, month, day);
  return [start, start + 1];
}

export type TimeScale = {
  /** day number to x; a day inside a cut-out stretch maps to its break */
  x: (day: number) => number;
  /** the stretches of time drawn, in day numbers, earliest first */
  segments: Array<[number, number]>;
  breaks: number[];
  pixelsPerDay: number;
};

/**
 * A time scale over the given periods (day numbers), each stretch padded a
 * little so no marker sits on an edge. With `compressGaps`, a gap longer than
 * two years and a tenth of the whole span becomes a break `breakWidth` wide.
 */
export function timeScale(
  periods: ReadonlyArray<readonly [number, number]>,
  range: [number, number],
  { compressGaps, breakWidth }: { compressGaps: boolean; breakWidth: number },
): TimeScale {
  const sorted = [...periods].sort((a, b) => a[0] - b[0]);
  const min = sorted[0]?.[0] ?? 0;
  const max = sorted.length > 0 ? Math.max(...sorted.map((period) => period[1])) : 1;
  const longGap = compressGaps ? Math.max(2 * 365.25, (max - min) * 0.1) : Infinity;
  const stretches: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = stretches[stretches.length - 1];
    if (last && start - last[1] <= longGap) last[1] = Math.max(last[1], end);
    else stretches.push([start, end]);
  }
  if (stretches.length === 0) stretches.push([min, max]);
  // a share of the time drawn, at most a fiftieth of the span: well under half a cut gap
  const drawn = stretches.reduce((sum, [start, end]) => sum + end - start, 0);
  const padding = Math.max(drawn * 0.02, 15);
  const segments = stretches.map(([start, end]): [number, number] => [
    start - padding,
    end + padding,
  ]);

  const days = segments.reduce((sum, [start, end]) => sum + end - start, 0);
  const pixelsPerDay = (range[1] - range[0] - breakWidth * (segments.length - 1)) / days;
  const segmentLeft: number[] = [];
  let left = range[0];
  for (const [start, end] of segments) {
    segmentLeft.push(left);
    left += (end - start) * pixelsPerDay + breakWidth;
  }
  const breaks = segmentLeft.slice(1).map((next) => next - breakWidth / 2);

  const x = (day: number) => {
    const index = segments.findIndex(([, end]) => day <= end);
    const i = index === -1 ? segments.length - 1 : index;
    const [start] = segments[i]!;
    if (day < start && i > 0) return breaks[i - 1]!;
    return segmentLeft[i]! + (day - start) * pixelsPerDay;
  };
  return { x, segments, breaks, pixelsPerDay };
}

/**
 * Tick marks on the calendar: the finest of months (1, 2, 3, 6; when the
 * drawn stretches add up to two years at most) or years (1, 2, 5, 10 …)
 * whose ticks stay `minSpacing` apart on screen. Month ticks name the year on
 * January and on the first tick of a stretch. A stretch too short for a tick
 * of the chosen step still gets one, so no point floats without a date.
 */
export function calendarTicks(
  scale: TimeScale,
  minSpacing: number,
  monthName: MonthLabel = englishMonthLabel,
): Tick[] {
  const { segments, pixelsPerDay } = scale;
  const days = segments.reduce((sum, [start, end]) => sum + end - start, 0);
  // months only over a short span: across years, year ticks read more easily than "Jul"
  const monthSteps = days <= 2 * 366 ? [1, 2, 3, 6] : [];
  const steps: Array<{ kind: "month" | "year"; months: number }> = [
    ...monthSteps.map((months) => ({ kind: "month" as const, months })),
    ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((years) => ({
      kind: "year" as const,
      months: years * 12,
    })),
  ];
  const step =
    steps.find((s) => s.months * 30.44 * pixelsPerDay >= minSpacing) ?? steps[steps.length - 1]!;
  const segmentOf = (day: number) =>
    segments.findIndex(([start, end]) => day >= start && day <= end);
  const monthLabel = (year: number, month: number) => monthName(year, month, true);

  const ticks: Array<Tick & { segment: number }> = [];
  const first = new Date(segments[0]![0] * dayMs);
  let year = first.getUTCFullYear();
  let month = step.kind === "year" ? 0 : first.getUTCMonth();
  if (step.kind === "year") year -= year % (step.months / 12);
  else month -= month % step.months;
  for (;;) {
    const day = dayNumber(year, month, 1);
    if (day > segments[segments.length - 1]![1]) break;
    const segment = segmentOf(day);
    if (segment !== -1) {
      const firstInSegment = ticks[ticks.length - 1]?.segment !== segment;
      const label =
        step.kind === "year"
          ? String(year)
          : month === 0 || firstInSegment
            ? monthLabel(year, month)
            : monthName(year, month, false);
      ticks.push({ x: roundPx(scale.x(day)), label, kind: step.kind, segment });
    }
    month += step.months;
    year += Math.floor(month / 12);
    month %= 12;
  }

  segments.forEach(([start, end], segment) => {
    if (ticks.some((tick) => tick.segment === segment)) return;
    // the first new year in the stretch, or else the first new month (a padded stretch has one)
    const firstDay = Math.ceil(start);
    const from = new Date(firstDay * dayMs);
    const [year, month] = [from.getUTCFullYear(), from.getUTCMonth()];
    const startsMonth = from.getUTCDate() === 1;
    const newMonth = startsMonth ? firstDay : dayNumber(year, month + 1, 1);
    const newYear = startsMonth && month === 0 ? firstDay : dayNumber(year + 1, 0, 1);
    const useYear = step.kind === "year" && newYear <= end;
    const day = useYear ? newYear : newMonth;
    if (day > end) return;
    const x = roundPx(scale.x(day));
    if (ticks.some((tick) => Math.abs(tick.x - x) < minSpacing * 0.6)) return;
    const date = new Date(day * dayMs);
    ticks.push({
      x,
      label: useYear
        ? String(date.getUTCFullYear())
        : monthLabel(date.getUTCFullYear(), date.getUTCMonth()),
      kind: useYear ? "year" : "month",
      segment,
    });
  });
  return ticks.sort((a, b) => a.x - b.x).map(({ segment: _segment, ...tick }) => tick);
}
