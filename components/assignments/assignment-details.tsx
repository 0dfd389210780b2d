import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ReactNode } from "react";
import type { AssignmentDoneBy } from "@/db/schema/assignments";
import { dueState } from "@/lib/assignments/due";
import { originSentence } from "./assignment-wording";

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
  const t = useTranslations("assignment");
  const format = useFormatter();
  // a calendar day in UTC, the month in words so nobody mistakes day and month
  const day = (at: Date | string) =>
    format.dateTime(typeof at === "string" ? new Date(`${at}T00:00:00Z`) : at, "day");
  const due = row.dueOn && row.doneAt === null ? dueState(row.dueOn, today) : null;
  const person = (chunks: ReactNode) => <bdi>{chunks}</bdi>;
  return (
    <>
      <p className="text-muted">
        {t.rich(`origin.${originSentence(row, assignee === null)}`, {
          by: row.assignedBy ?? "",
          on: day(row.createdAt),
          person,
        })}
      </p>
      {row.dueOn && row.doneAt === null && (
        <p className={due === "overdue" ? "font-medium text-danger" : undefined}>
          {t(`due.${due ?? "later"}`, { on: day(row.dueOn) })}
        </p>
      )}
      {row.note && (
        <p>
          <span className="me-1 text-muted">{t("note")}</span>
          <span dir="auto">{row.note}</span>
        </p>
      )}
      {row.doneAt && row.doneBy && (
        <p>
          {t.rich(assignee === null ? "doneByYou" : "doneBy", {
            on: day(row.doneAt),
            by: row.doneBy,
            who: assignee ?? "",
            person,
          })}
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
