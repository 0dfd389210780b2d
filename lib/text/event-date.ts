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

export const longMonthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export type CalendarDate = { year: number; month: number; day: number };

export function parseIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
}

const intlFields: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

/**
 * "13 Sep 2025", "Sep 2025" or "2025": never more precise than the claim.
 * In another interface language (an Intl locale such as "ar-u-nu-latn"),
 * Intl names the month and writes the digits: "13 سبتمبر 2025". In English,
 * `long` spells the month out ("April 2025"), for a date shown on its own.
 */
export function formatEventDate(
  iso: string,
  precision: DatePrecision,
  locale = "en",
  monthStyle: "short" | "long" = "short",
): string {
  const { year, month, day } = parseIsoDate(iso);
  if (!locale.startsWith("en")) {
    const format = new Intl.DateTimeFormat(locale, { ...intlFields[precision], timeZone: "UTC" });
    return format.format(new Date(Date.UTC(year, month, day)));
  }
  const monthName = (monthStyle === "long" ? longMonthNames : monthNames)[month];
  if (precision === "year") return String(year);
  if (precision === "month") return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}
