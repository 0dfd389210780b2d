import Link from "next/link";
import { StatusBadge } from "@/components/claims/status-badge";
import { Table, TableFrame } from "@/components/ui/table";
import { formatEventDate } from "@/lib/text/event-date";
import type { TimelineClaim } from "@/lib/timeline/points";

/**
 * The timeline's claims as a table, always shown under the chart rather than
 * folded in a <details>: a closed disclosure hides its rows from screen
 * readers, and this is their way through the data (row by row, with column
 * headers), as well as a sighted reader's way to compare exact dates.
 */
export function TimelineTable({ id, claims }: { id: string; claims: TimelineClaim[] }) {
  return (
    <section
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-heading`}
      className="flex scroll-mt-4 flex-col gap-2"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Table view
      </h2>
      <TableFrame>
        <Table
          caption="Claims with an event date, earliest first"
          columns={["Event date", "Claim", "Report", "Entities", "Status", "Contradicts"]}
          headCellClassName="px-3 py-2 font-medium"
          bodyClassName="divide-y divide-line"
          className="min-w-[720px] text-sm"
        >
          {claims.map((claim) => (
            <tr key={claim.id} className="align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                {formatEventDate(claim.eventDate, claim.precision)}
                {claim.precision !== "day" && (
                  <span className="block text-xs text-muted">{claim.precision} only</span>
                )}
              </td>
              <td className="px-3 py-2">
                <Link href={`/claims/${claim.id}`} className="text-accent underline">
                  {claim.statement}
                </Link>
                <span className="block text-xs text-muted">Claim {claim.id}</span>
              </td>
              <td className="px-3 py-2" dir="auto">
                {claim.reportTitle}
              </td>
              <td className="px-3 py-2">{claim.entityNames.join(", ") || "—"}</td>
              <td className="px-3 py-2">
                <StatusBadge status={claim.status} />
              </td>
              <td className="px-3 py-2">
                {claim.contradicts.length === 0 ? (
                  <span className="text-muted">—</span>
                ) : (
                  <ul className="flex flex-wrap gap-x-2">
                    {claim.contradicts.map((otherId) => (
                      <li key={otherId}>
                        <Link
                          href={`/claims/${otherId}`}
                          aria-label={`Claim ${otherId}`}
                          className="text-accent underline"
                        >
                          #{otherId}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </Table>
      </TableFrame>
    </section>
  );
}
