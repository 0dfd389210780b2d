/** Comparing dates stated at different precisions. Pure. */
import type { DatePrecision } from "@/lib/text/dates";

export type StatedDate = { iso: string; precision: DatePrecision };

const precisionRank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

function truncate(iso: string, precision: DatePrecision): string {
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
}

/**
 * Whether two dates can be the same: equal at the coarser of their
 * precisions, so 3 July 2025 agrees with July 2025 and with 2025.
 */
export function datesAgree(a: StatedDate, b: StatedDate): boolean {
  const coarser =
    precisionRank[a.precision] <= precisionRank[b.precision] ? a.precision : b.precision;
  return truncate(a.iso, coarser) === truncate(b.iso, coarser);
}
