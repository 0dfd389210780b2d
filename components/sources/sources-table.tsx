import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { entityKindLabels } from "@/lib/entities/kinds";
import type { SourceListRow } from "@/lib/sources/list";
import { isThinRecord, verdictOrder } from "@/lib/sources/record-summary";
import { verdictLabels } from "@/lib/verdicts/labels";

/**
 * The desk's sources with their records, one row each: claims resting on
 * it and how many reached each verdict. Scrolls sideways on a phone, by
 * keyboard too.
 */
export function SourcesTable({ sources }: { sources: SourceListRow[] }) {
  return (
    <ScrollRegion labelledBy="sources-caption">
      <table className="w-full min-w-[44rem] text-start text-sm">
        <caption
          id="sources-caption"
          className="border-b border-line px-3 py-2 text-start text-xs text-muted"
        >
          Sources and their claims&apos; verdicts
        </caption>
        <thead className="bg-paper text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 text-start font-medium">
              Source
            </th>
            <th scope="col" className="px-3 py-2 text-start font-medium">
              Kind
            </th>
            <th scope="col" className="px-3 py-2 text-end font-medium">
              Claims
            </th>
            {verdictOrder.map((verdict) => (
              <th key={verdict} scope="col" className="px-3 py-2 text-end font-medium">
                {verdictLabels[verdict]}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-end font-medium">
              Undecided
            </th>
            <th scope="col" className="px-3 py-2 text-start font-medium">
              Record
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
              <td className="px-3 py-2">{entityKindLabels[source.kind]}</td>
              <td className="px-3 py-2 text-end tabular-nums">{source.claims}</td>
              {verdictOrder.map((verdict) => (
                <td key={verdict} className="px-3 py-2 text-end tabular-nums">
                  {source.verdicts[verdict]}
                </td>
              ))}
              <td className="px-3 py-2 text-end tabular-nums">{source.undecided}</td>
              <td className="px-3 py-2 text-muted">
                {isThinRecord(source) ? "Too few to judge" : "Enough decided claims"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
