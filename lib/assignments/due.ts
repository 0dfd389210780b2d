/**
 * Due dates are calendar days in UTC (the desk's clock, whatever the
 * reader's zone), kept as YYYY-MM-DD. Pure: the board's cards and the queue
 * show them, the writes and the reminders compare them.
 */

/** Today's date in UTC. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Days ahead, today included, in which an open assignment counts as due soon. */
export const DUE_SOON_DAYS = 2;

export type DueState = "overdue" | "soon" | "later";

export function dueState(dueOn: string, today: string): DueState {
  if (dueOn < today) return "overdue";
  const soonUntil = new Date(`${today}T00:00:00Z`);
  soonUntil.setUTCDate(soonUntil.getUTCDate() + DUE_SOON_DAYS);
  return dueOn < todayUtc(soonUntil) ? "soon" : "later";
}

/** "HS" for Hana Salem, "R" for one word: what a card has room for. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return letters.map((word) => [...word][0]!.toLocaleUpperCase("en")).join("");
}
