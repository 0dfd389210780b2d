import Link from "next/link";
import { useFormatter } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { ScrollRegion } from "@/components/ui/scroll-region";
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
      <table className="w-full min-w-[44rem] text-start text-sm">
        <caption
          id="sources-caption"
          className="border-b border-line px-3 py-2 text-start text-xs text-muted"
        >
          {t("table.caption")}
        </caption>
        <thead className="bg-paper text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 text-start font-medium">
              {t("table.source")}
            </th>
            <th scope="col" className="px-3 py-2 text-start font-medium">
              {t("table.kind")}
            </th>
            <th scope="col" className="px-3 py-2 text-end font-medium">
              {t("table.claims")}
            </th>
            {verdictOrder.map((verdict) => (
              <th key={verdict} scope="col" className="px-3 py-2 text-end font-medium">
                {vocab(`verdict.${verdict}`)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-end font-medium">
              {t("table.undecided")}
            </th>
            <th scope="col" className="px-3 py-2 text-start font-medium">
              {t("table.record")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {sources.map((source) => (
            <tr key={source.id}>
              <th scope="row" className="min-w-48 px-3 py-2 text-start font-medium">
                <Link href={`/sources/${source.id}`} className="text-accent underline" dir="auto">
                  {source.name}
                </Link>
              </th>
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
        </tbody>
      </table>
    </ScrollRegion>
  );
}
