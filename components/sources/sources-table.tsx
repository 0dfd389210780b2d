import Link from "next/link";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { RowHeader, Table } from "@/components/ui/table";
import type { SourceListRow } from "@/lib/sources/list";
import { isThinRecord, verdictOrder } from "@/lib/sources/record-summary";

/**
 * The desk's sources with their records, one row each: claims resting on
 * it and how many reached each verdict. Scrolls sideways on a phone, by
 * keyboard too.
 */
export function SourcesTable({ sources }: { sources: SourceListRow[] }) {
  const t = useTranslations("sourcesPage");
  const vocab = useTranslations("vocab");
  const format = useFormatter();
  return (
    <ScrollRegion labelledBy="sources-caption">
      <Table
        caption={t("table.caption")}
        captionVisible
        captionId="sources-caption"
        captionClassName="border-b border-line px-3 py-2 text-xs text-muted"
        columns={[
          t("table.source"),
          t("table.kind"),
          { label: t("table.claims"), align: "end" },
          ...verdictOrder.map((verdict) => ({
            label: vocab(`verdict.${verdict}`),
            align: "end" as const,
          })),
          { label: t("table.undecided"), align: "end" },
          t("table.record"),
        ]}
        headClassName="bg-paper text-xs text-muted uppercase"
        headCellClassName="px-3 py-2 font-medium"
        bodyClassName="divide-y divide-line"
        className="min-w-[44rem] text-sm"
      >
        {sources.map((source) => (
          <tr key={source.id}>
            <RowHeader className="min-w-48 px-3 py-2 font-medium">
              <Link href={`/sources/${source.id}`} className="text-accent underline" dir="auto">
                {source.name}
              </Link>
            </RowHeader>
            <td className="px-3 py-2">{t(`kind.${source.kind}`)}</td>
            <td className="px-3 py-2 text-end tabular-nums">{format.number(source.claims)}</td>
            {verdictOrder.map((verdict) => (
              <td key={verdict} className="px-3 py-2 text-end tabular-nums">
                {format.number(source.verdicts[verdict])}
              </td>
            ))}
            <td className="px-3 py-2 text-end tabular-nums">{format.number(source.undecided)}</td>
            <td className="px-3 py-2 text-muted">
              {isThinRecord(source) ? t("table.tooFew") : t("table.enough")}
            </td>
          </tr>
        ))}
      </Table>
    </ScrollRegion>
  );
}
