import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { dataText } from "@/components/ui/data-text";
import type { ExportMeta } from "@/lib/export/export-meta";
import { computedStatuses, verdictStatuses, type ExportStatus } from "@/lib/export/selection";

/**
 * The selection in the interface's language, for the export page's preview
 * and the printable page: "verdict verified or false; report “…”; events from
 * 1 Jan 2025", the report's title and the entity's name marked as data, each
 * in its own direction. The files' description is describeSelection's plain
 * text, in the exporting editor's language.
 */
export async function selectionInWords(
  meta: Pick<ExportMeta, "selection" | "reportTitle" | "entityName">,
): Promise<ReactNode> {
  const t = await getTranslations("export.shownSelection");
  const format = await getFormatter();
  const { selection } = meta;
  const chosen = selection.statuses === "all" ? [] : selection.statuses;
  const named = (kinds: readonly string[]) =>
    format.list(
      chosen
        .filter((status) => kinds.includes(status))
        .map((status: ExportStatus) => t(`status.${status}`)),
      { type: "disjunction" },
    );
  const verdicts = named(verdictStatuses);
  const computed = named(computedStatuses);
  const day = (date: string | null) =>
    date ? format.dateTime(new Date(`${date}T00:00:00Z`), "day") : "";
  return t.rich("description", {
    statuses:
      selection.statuses === "all"
        ? "all"
        : verdicts && computed
          ? "both"
          : verdicts
            ? "verdicts"
            : "computed",
    verdicts,
    computed,
    report: selection.reportId ? "yes" : "no",
    reportTitle: meta.reportTitle ?? `#${selection.reportId}`,
    entity: selection.entityId ? "yes" : "no",
    entityName: meta.entityName ?? `#${selection.entityId}`,
    dates:
      selection.from && selection.to
        ? "both"
        : selection.from
          ? "from"
          : selection.to
            ? "to"
            : "none",
    from: day(selection.from),
    to: day(selection.to),
    data: dataText,
  });
}
