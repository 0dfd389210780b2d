import Link from "next/link";
import { ClaimStateBadge } from "@/components/claims/status-badge";
import { dueState } from "@/lib/assignments/due";
import type { QueueAssignment } from "@/lib/assignments/queue";
import { doneSentence, dueSentence, originSentence } from "./assignment-wording";

/** The queue's assignments, each linking to its claim. */
export function QueueList({
  assignments,
  today,
  label,
}: {
  assignments: QueueAssignment[];
  today: string;
  label: string;
}) {
  return (
    <ul aria-label={label} className="divide-y divide-line rounded-lg border border-line bg-white">
      {assignments.map((row) => {
        const due = row.dueOn && !row.doneAt ? dueState(row.dueOn, today) : null;
        return (
          <li key={row.id} className="flex flex-col gap-1 p-3 text-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <Link
                href={`/claims/${row.claimId}`}
                className="min-w-0 flex-1 font-medium hover:underline"
              >
                {`Claim ${row.claimId}: ${row.statement}`}
              </Link>
              <ClaimStateBadge status={row.status} verdict={row.verdict} />
            </div>
            <p className="text-muted">{originSentence(row, true)}</p>
            {row.dueOn && !row.doneAt && (
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
                {doneSentence(row.doneBy, row.doneAt, null)}
                {row.doneNote && (
                  <>
                    {" "}
                    <span dir="auto">“{row.doneNote}”</span>
                  </>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
