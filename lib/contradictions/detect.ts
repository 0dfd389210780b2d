/**
 * Proposes two claims as a possible contradiction when they share their
 * subject and differ in a value: the same removal from a terrorist list in
 * April 2025 and in April 2024, the same attack killing 13 and 12. A reviewer
 * confirms or dismisses each proposal; this module only reads the two claims.
 *
 * Subject: the tagged entities (when both cards are tagged, they must share
 * at least half of the smaller set) and the content words (the share of the
 * shorter statement's or quote's words that the other also has). Values: dates
 * of the event compared at the coarser precision of the two (3 July 2025
 * agrees with July 2025), so a date differs only when no date of the other
 * claim agrees with it; counts compared when the words next to them share one
 * ("13 US service members", "12 US soldiers"), so a number about something
 * else is never set against it. Numbers inside names name the subject instead:
 * Flight 661 and Flight 268 are two subjects, not a contradiction.
 * Pure, unit-tested in detect.test.ts.
 */
import { formatEventDate } from "@/lib/text/event-date";
import { jaccard, overlap } from "@/lib/text/words";
import { datesAgree } from "./dates-agree";
import { readClaim, type ComparableClaim, type ReadClaim, type StatedDate } from "./read-claim";

export { readClaim, type ComparableClaim, type ReadClaim };

export type ValueConflict = {
  kind: "date" | "number";
  /** the two values, in the order of the claims: ["April 2025", "April 2024"], ["13", "12"] */
  values: [string, string];
  /** each value with the words it counts, as written: ["13 US service members", "12 US soldiers"] */
  phrases: [string, string];
};

export type SharedSubject = {
  /** entity ids both claims are tagged with */
  sharedEntityIds: number[];
  /** shared over the smaller set, null when either card is untagged */
  entityOverlap: number | null;
  /** the larger of the statements' and the quotes' word overlap */
  wordOverlap: number;
  /** 0–1: how surely the two are about the same thing */
  score: number;
};

export type ContradictionProposal = {
  claimIds: [number, number];
  score: number;
  subject: SharedSubject;
  conflicts: ValueConflict[];
};

/**
 * Below these the two claims are taken to be about different things. A count
 * that differs brings its own evidence that both count the same thing (the
 * words beside it), a date none, so a differing date asks for more shared
 * words: "removed from the list in April 2024" and "recognised in July 2025"
 * share only Russia and the Taliban.
 */
export const MIN_WORD_OVERLAP = { number: 0.4, date: 0.5 } as const;
export const MIN_ENTITY_OVERLAP = 0.5;
export const MIN_SUBJECT_SCORE = 0.55;

function monthsApart(a: StatedDate, b: StatedDate): number {
  const months = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return Math.abs(months(a.iso) - months(b.iso));
}

function dateConflict(a: StatedDate[], b: StatedDate[]): ValueConflict | null {
  const alone = (dates: StatedDate[], others: StatedDate[]) =>
    dates.filter((date) => !others.some((other) => datesAgree(date, other)));
  const onlyA = alone(a, b);
  const onlyB = alone(b, a);
  let closest: [StatedDate, StatedDate] | null = null;
  for (const left of onlyA) {
    for (const right of onlyB) {
      if (!closest || monthsApart(left, right) < monthsApart(...closest)) closest = [left, right];
    }
  }
  if (!closest) return null;
  const [left, right] = closest.map((date) =>
    formatEventDate(date.iso, date.precision, "en", "long"),
  );
  return { kind: "date", values: [left!, right!], phrases: [left!, right!] };
}

function numberConflict(a: ReadClaim, b: ReadClaim): ValueConflict | null {
  const valuesOf = (claim: ReadClaim) => new Set(claim.numbers.map((number) => number.value));
  const inA = valuesOf(a);
  const inB = valuesOf(b);
  let best: { shared: number; conflict: ValueConflict } | null = null;
  for (const left of a.numbers) {
    if (inB.has(left.value)) continue;
    for (const right of b.numbers) {
      if (inA.has(right.value)) continue;
      const sharedWords = left.context.filter((word) => right.context.includes(word)).length;
      if (sharedWords === 0) continue;
      // the English statements' phrases read best on an English page
      const shared =
        sharedWords + (left.source === "statement" && right.source === "statement" ? 1 : 0);
      if (best && best.shared >= shared) continue;
      best = {
        shared,
        conflict: {
          kind: "number",
          values: [left.value, right.value],
          phrases: [left.phrase, right.phrase],
        },
      };
    }
  }
  return best?.conflict ?? null;
}

/** The values the two claims state differently: at most one date and one count. */
export function findConflicts(a: ReadClaim, b: ReadClaim): ValueConflict[] {
  return [
    dateConflict(a.eventDates, b.eventDates),
    dateConflict(a.sinceDates, b.sinceDates),
    numberConflict(a, b),
  ].filter((conflict): conflict is ValueConflict => conflict !== null);
}

/** "flight 661" against "flight 268": the same kind of name with another number. */
function namesDiffer(a: ReadClaim, b: ReadClaim): boolean {
  const stem = (name: string) => name.replace(/[-‐]?\s*\d[\d.]*$/u, "");
  for (const left of a.names) {
    for (const right of b.names) {
      if (left !== right && stem(left) === stem(right)) return true;
    }
  }
  return false;
}

export function compareSubjects(a: ReadClaim, b: ReadClaim): SharedSubject {
  const entitiesA = new Set(a.claim.entityIds);
  const entitiesB = new Set(b.claim.entityIds);
  const sharedEntityIds = [...entitiesA].filter((id) => entitiesB.has(id)).sort((x, y) => x - y);
  const entityOverlap =
    entitiesA.size > 0 && entitiesB.size > 0 ? overlap(entitiesA, entitiesB) : null;
  const wordOverlap = Math.max(
    overlap(a.statementWords, b.statementWords),
    overlap(a.quoteWords, b.quoteWords),
  );
  // Ranking also weighs the words neither shares (Jaccard), so that of two
  // claims whose words all recur in a third, the closer one comes first.
  const wordScore =
    (wordOverlap +
      Math.max(jaccard(a.statementWords, b.statementWords), jaccard(a.quoteWords, b.quoteWords))) /
    2;
  // untagged cards are judged by their words alone, and less surely
  const score = namesDiffer(a, b)
    ? 0
    : entityOverlap === null
      ? 0.85 * wordScore
      : (wordScore + entityOverlap) / 2;
  return { sharedEntityIds, entityOverlap, wordOverlap, score };
}

function sharesSubject(subject: SharedSubject): boolean {
  return (
    subject.wordOverlap >= Math.min(MIN_WORD_OVERLAP.number, MIN_WORD_OVERLAP.date) &&
    (subject.entityOverlap === null || subject.entityOverlap >= MIN_ENTITY_OVERLAP) &&
    subject.score >= MIN_SUBJECT_SCORE
  );
}

/** A proposal when the two claims share their subject and differ in a value, else null. */
export function proposeContradiction(a: ReadClaim, b: ReadClaim): ContradictionProposal | null {
  if (a.claim.id === b.claim.id) return null;
  const subject = compareSubjects(a, b);
  if (!sharesSubject(subject)) return null;
  const conflicts = findConflicts(a, b).filter(
    (conflict) => subject.wordOverlap >= MIN_WORD_OVERLAP[conflict.kind],
  );
  if (conflicts.length === 0) return null;
  return { claimIds: [a.claim.id, b.claim.id], score: subject.score, subject, conflicts };
}

/**
 * The proposals among candidate pairs (which come from the database, never
 * from every pair of the desk), strongest first. Each claim is read once.
 */
export function proposeContradictions(
  pairs: ReadonlyArray<readonly [ComparableClaim, ComparableClaim]>,
): ContradictionProposal[] {
  const read = new Map<number, ReadClaim>();
  const readOnce = (claim: ComparableClaim) => {
    let found = read.get(claim.id);
    if (!found) read.set(claim.id, (found = readClaim(claim)));
    return found;
  };
  return pairs
    .map(([a, b]) => proposeContradiction(readOnce(a), readOnce(b)))
    .filter((proposal): proposal is ContradictionProposal => proposal !== null)
    .sort(
      (x, y) => y.score - x.score || x.claimIds[0] - y.claimIds[0] || x.claimIds[1] - y.claimIds[1],
    );
}
