import type { AssignmentDoneBy } from "@/db/schema/assignments";
import { dueState } from "@/lib/assignments/due";
import { doneSentence, dueSentence, originSentence } from "./assignment-wording";

export type AssignmentFacts = {
  byDesk: boolean;
  tookItThemselves: boolean;
  deciding: boolean;
  assignedBy: string | null;
  createdAt: Date;
  dueOn: string | null;
  note: string | null;
  doneAt: Date | null;
  doneBy: AssignmentDoneBy | null;
  doneNote: string | null;
};

/**
 * An assignment's story in a few lines: how it came about, when it is due
 * (flagged once overdue), its note, and when and how it was done. `assignee`
 * null: told to the assignee, in their own queue.
 */
export function AssignmentDetails({
  row,
  today,
  assignee,
}: {
  row: AssignmentFacts;
  today: string;
  assignee: string | null;
}) {
  const due = row.dueOn && row.doneAt === null ? dueState(row.dueOn, today) : null;
  return (
    <>
      <p className="text-muted">{originSentence(row, assignee === null)}</p>
      {row.dueOn && row.doneAt === null && (
        <p className={due === "overdue" ? "font-medium text-danger" : undefined}>
          {dueSentence(row.dueOn, due)}
        </p>
      )}
      {row.note && (
        <p>
          <span className="text-muted">Note: </span>
          <span dir="auto">{row.note}</span>
        </p>
      )}
      {row.doneAt && row.doneBy && (
        <p>
          {doneSentence(row.doneBy, row.doneAt, assignee)}
          {row.doneNote && (
            <>
              {" "}
              <span dir="auto">“{row.doneNote}”</span>
            </>
          )}
        </p>
      )}
    </>
  );
}
