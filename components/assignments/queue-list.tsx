import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { ClaimStateBadge } from "@/components/claims/status-badge";
import type { QueueAssignment } from "@/lib/assignments/queue";
import { AssignmentDetails } from "./assignment-details";

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
  const t = useTranslations("queue");
  return (
    <ul aria-label={label} className="divide-y divide-line rounded-lg border border-line bg-white">
      {assignments.map((row) => {
        return (
          <li key={row.id} className="flex flex-col gap-1 p-3 text-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <Link
                href={`/claims/${row.claimId}`}
                className="min-w-0 flex-1 font-medium hover:underline"
              >
                {t.rich("claim", {
                  id: String(row.claimId),
                  statement: row.statement,
                  data: (chunks) => <bdi dir="auto">{chunks}</bdi>,
                })}
              </Link>
              <ClaimStateBadge status={row.status} verdict={row.verdict} />
            </div>
            <AssignmentDetails row={row} today={today} assignee={null} />
          </li>
        );
      })}
    </ul>
  );
}
