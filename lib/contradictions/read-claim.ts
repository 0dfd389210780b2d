/**
 * A claim as the contradiction detector and the duplicate finder compare it:
 * what it is about (its tagged entities, the content words of its statement
 * and quote, the numbered names it mentions) and the values it states (event
 * dates, periods' starts, counts), read once per claim. Pure.
 */
import type { DatePrecision } from "@/lib/text/dates";
import { datesAgree, type StatedDate } from "./dates-agree";
import { BoundedCache } from "@/lib/bounded-cache";
import { readValues, type NumberValue, type TextValues } from "@/lib/text/values";
import { contentWords } from "@/lib/text/words";

export type ComparableClaim = {
  id: number;
  statement: string;
  quote: string;
  eventDate: string | null;
  eventDatePrecision: DatePrecision | null;
  entityIds: readonly number[];
};

export type { StatedDate };

export type StatedNumber = NumberValue & { source: "statement" | "quote" };

export type ReadClaim = {
  claim: ComparableClaim;
  /** content words of the statement, values taken out, numbered names in */
  statementWords: Set<string>;
  quoteWords: Set<string>;
  /** "flight 661", "vision 2030" */
  names: Set<string>;
  /** dates of the event: the card's event date and those its words give */
  eventDates: StatedDate[];
  /** "since 2003": when a state of affairs began */
  sinceDates: StatedDate[];
  numbers: StatedNumber[];
};

function blankOut(text: string, spans: Array<{ start: number; end: number }>): string {
  let blanked = text;
  for (const { start, end } of spans) {
    blanked = blanked.slice(0, start) + " ".repeat(end - start) + blanked.slice(end);
  }
  return blanked;
}

function wordsWithoutValues(text: string, values: ReturnType<typeof readValues>): Set<string> {
  return contentWords(blankOut(text, [...values.dates, ...values.numbers]));
}

// Reading a text's dates is a dozen patterns over it, and the same texts come
// back again and again: a quote while its statement is typed, a claim in every
// pair it is part of. The readings are kept, by text.
const readings = new BoundedCache<string, TextValues>(4_000_000);
const valuesOf = (text: string) => readings.getOrCompute(text, text.length, () => readValues(text));

export function readClaim(claim: ComparableClaim): ReadClaim {
  const statement = valuesOf(claim.statement);
  const quote = valuesOf(claim.quote);
  const names = new Set([...statement.names, ...quote.names]);
  const statementWords = wordsWithoutValues(claim.statement, statement);
  for (const name of names) statementWords.add(name);
  const dates = [...statement.dates, ...quote.dates];
  const eventDates: StatedDate[] = dates.filter((date) => date.role === "event");
  // The card's event date is the date its words give, unless those words say
  // it is when a period began ("since 2003") or when it was reported.
  const cardDate =
    claim.eventDate && claim.eventDatePrecision
      ? { iso: claim.eventDate, precision: claim.eventDatePrecision }
      : null;
  const otherRole = dates.filter((date) => date.role !== "event");
  if (cardDate && !otherRole.some((date) => datesAgree(date, cardDate))) eventDates.push(cardDate);
  return {
    claim,
    statementWords,
    quoteWords: wordsWithoutValues(claim.quote, quote),
    names,
    eventDates,
    sinceDates: dates.filter((date) => date.role === "since"),
    numbers: [
      ...statement.numbers.map((number) => ({ ...number, source: "statement" as const })),
      ...quote.numbers.map((number) => ({ ...number, source: "quote" as const })),
    ],
  };
}
