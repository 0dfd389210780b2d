/**
 * The sentences an assignment is told in, on the card (about its assignee)
 * and in the person's own queue (to them): whole sentences with their values
 * in place, so a translation can reorder them.
 */
import type { AssignmentDoneBy } from "@/db/schema/assignments";
import { formatDueDate, type DueState } from "@/lib/assignments/due";

export const dayOf = (at: Date) => formatDueDate(at.toISOString().slice(0, 10));

type Origin = {
  byDesk: boolean;
  tookItThemselves: boolean;
  deciding: boolean;
  assignedBy: string | null;
  createdAt: Date;
};

/** How the assignment came about; `you`: in the assignee's own queue. */
export function originSentence(row: Origin, you: boolean): string {
  const on = dayOf(row.createdAt);
  if (row.byDesk) return `The desk assigned it on ${on}, for a deciding look.`;
  // an editor may be the desk's proposal, and assign the deciding look to themselves
  if (row.tookItThemselves && row.deciding) {
    return you
      ? `You took it on ${on}, for a deciding look.`
      : `Took it on ${on}, for a deciding look.`;
  }
  if (row.tookItThemselves) return you ? `You took it on ${on}.` : `Took it on ${on}.`;
  if (row.deciding) return `${row.assignedBy} assigned it on ${on}, for a deciding look.`;
  return `${row.assignedBy} assigned it on ${on}.`;
}

export function dueSentence(dueOn: string, state: DueState | null): string {
  const on = formatDueDate(dueOn);
  if (state === "overdue") return `Overdue: it was due ${on}.`;
  if (state === "soon") return `Due soon: ${on}.`;
  return `Due ${on}.`;
}

const doneSentences: Record<AssignmentDoneBy, (on: string, who: string) => string> = {
  rating: (on, who) => `Done on ${on}: ${who} rated the claim.`,
  verdict: (on, who) => `Done on ${on}: ${who} set the verdict.`,
  marked: (on, who) => `Done on ${on}: ${who} marked it done.`,
};

const doneSentencesToYou: Record<AssignmentDoneBy, (on: string) => string> = {
  rating: (on) => `Done on ${on}: you rated the claim.`,
  verdict: (on) => `Done on ${on}: you set the verdict.`,
  marked: (on) => `Done on ${on}: you marked it done.`,
};

/** `assignee` null: said to the assignee themselves. */
export function doneSentence(by: AssignmentDoneBy, doneAt: Date, assignee: string | null): string {
  return assignee === null
    ? doneSentencesToYou[by](dayOf(doneAt))
    : doneSentences[by](dayOf(doneAt), assignee);
}
