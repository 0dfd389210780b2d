import Link from "next/link";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { RowHeader, Table, TableFrame } from "@/components/ui/table";
import { DUE_SOON_DAYS } from "@/lib/assignments/due";
import type { Workload } from "@/lib/assignments/queue";
import { boardHref, defaultBoardFilter } from "@/lib/claims/board-query";

/**
 * Each person's open, due-soon and overdue assignments, so an editor sees
 * who has room and who is behind; each name opens the board filtered to
 * their queue.
 */
export function WorkloadSection({
  workloads,
  actorId,
}: {
  workloads: Workload[];
  actorId: string;
}) {
  const t = useTranslations("dashboard.workload");
  const format = useFormatter();
  const mine = workloads.find((row) => row.id === actorId);
  return (
    <section aria-labelledby="workload-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="workload-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <Link href="/assignments" className="text-sm text-accent underline">
          {mine && mine.open > 0 ? t("mineOpen", { count: mine.open }) : t("mine")}
        </Link>
      </div>
      <TableFrame>
        <Table
          caption={t("caption", { days: DUE_SOON_DAYS })}
          columns={[
            t("person"),
            { label: t("open"), align: "end" },
            { label: t("dueSoon"), align: "end" },
            { label: t("overdue"), align: "end" },
          ]}
          headClassName="bg-paper"
          headCellClassName="px-3 py-2 font-medium"
          bodyClassName="divide-y divide-line"
          className="text-sm"
        >
          {workloads.map((row) => (
            <tr key={row.id}>
              <RowHeader className="px-3 py-2 font-normal">
                <Link
                  href={boardHref({ ...defaultBoardFilter, assignee: row.id })}
                  className="hover:underline"
                  dir="auto"
                >
                  {row.name}
                </Link>
              </RowHeader>
              <td className="px-3 py-2 text-end tabular-nums">{format.number(row.open)}</td>
              <td className="px-3 py-2 text-end tabular-nums">{format.number(row.dueSoon)}</td>
              <td
                className={`px-3 py-2 text-end tabular-nums ${row.overdue > 0 ? "font-semibold text-danger" : ""}`}
              >
                {format.number(row.overdue)}
              </td>
            </tr>
          ))}
        </Table>
      </TableFrame>
    </section>
  );
}

/** For editors: claims a deactivation sent back to the pool that nobody holds yet. */
export function ReturnedToPool({
  claims,
}: {
  claims: Array<{ claimId: number; statement: string; formerAssignee: string }>;
}) {
  const t = useTranslations("dashboard.returned");
  if (claims.length === 0) return null;
  return (
    <section
      aria-labelledby="returned-heading"
      className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="returned-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm">{t("intro")}</p>
      <ul className="flex flex-col gap-1 text-sm">
        {claims.map((claim) => (
          <li key={claim.claimId}>
            <Link href={`/claims/${claim.claimId}`} className="text-accent underline">
              {t.rich("claim", {
                id: claim.claimId,
                statement: () => <bdi>{claim.statement}</bdi>,
              })}
            </Link>{" "}
            <span className="text-muted">
              {t.rich("was", { name: () => <bdi>{claim.formerAssignee}</bdi> })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
