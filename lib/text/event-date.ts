/**
 * Event dates as the desk stores them (YYYY-MM-DD, with a precision saying
 * whether the day or month is known) read back for people. Pure.
 */
import type { DatePrecision } from "./dates";

export type { DatePrecision };

export const monthNames = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

export type CalendarDate = { year: number; month: number; day: number };

export function parseIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
}

/** "13 Sep 2025", "Sep 2025" or "2025": never more precise than the claim. */
export function formatEventDate(iso: string, precision: DatePrecision): string {
  const { year, month, day } = parseIsoDate(iso);
  if (precision === "year") return String(year);
  if (precision === "month") return `${monthNames[month]} ${year}`;
  return `${day} ${monthNames[month]} ${year}`;
}
