import Link from "next/link";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
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
  const t = useTranslations("timeline");
  const vocab = useTranslations("vocab");
  const locale = useLocale();
  return (
    <section
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-heading`}
      className="flex scroll-mt-4 flex-col gap-2"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t("tableHeading")}
      </h2>
      <TableFrame>
        <Table
          caption={t("tableCaption")}
          columns={[
            t("columns.date"),
            t("columns.claim"),
            t("columns.report"),
            t("columns.entities"),
            t("columns.status"),
            t("columns.contradicts"),
          ]}
          headCellClassName="px-3 py-2 font-medium"
          bodyClassName="divide-y divide-line"
          className="min-w-[720px] text-sm"
        >
          {claims.map((claim) => (
            <tr key={claim.id} className="align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                {formatEventDate(claim.eventDate, claim.precision, locale)}
                {claim.precision !== "day" && (
                  <span className="block text-xs text-muted">
                    {vocab(`precision.${claim.precision}`)}
                  </span>
                )}
              </td>
              <td className="px-3 py-2">
                <Link href={`/claims/${claim.id}`} dir="auto" className="text-accent underline">
                  {claim.statement}
                </Link>
                <span className="block text-xs text-muted">
                  {vocab("claimNumber", { id: claim.id })}
                </span>
              </td>
              <td className="px-3 py-2" dir="auto">
                {claim.reportTitle}
              </td>
              <td className="px-3 py-2" dir="auto">
                {claim.entityNames.join(", ") || "—"}
              </td>
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
                          aria-label={vocab("claimNumber", { id: otherId })}
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
