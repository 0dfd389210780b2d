/**
 * The sentences an assignment is told in, on the card (about its assignee)
 * and in the person's own queue (to them): whole sentences from the
 * catalogue (assignment.origin) with their values in place, so a
 * translation can reorder them. Which sentence is a rule of the desk,
 * decided here; the words are the catalogue's.
 */
type Origin = {
  byDesk: boolean;
  tookItThemselves: boolean;
  deciding: boolean;
};

export type OriginSentence =
  | "byDesk"
  | "tookDeciding"
  | "youTookDeciding"
  | "took"
  | "youTook"
  | "assignedDeciding"
  | "assigned";

/** How the assignment came about; `you`: in the assignee's own queue. */
export function originSentence(row: Origin, you: boolean): OriginSentence {
  if (row.byDesk) return "byDesk";
  // an editor may be the desk's proposal, and assign the deciding look to themselves
  if (row.tookItThemselves && row.deciding) return you ? "youTookDeciding" : "tookDeciding";
  if (row.tookItThemselves) return you ? "youTook" : "took";
  return row.deciding ? "assignedDeciding" : "assigned";
}
