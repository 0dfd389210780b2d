import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { ReactNode } from "react";
import { dataText } from "@/components/ui/data-text";
import type { ExportMeta } from "@/lib/export/export-meta";
import type { ExportStatus } from "@/lib/export/selection";
import { selectionParts } from "@/lib/export/selection-parts";

/**
 * The selection in the interface's language, for the export page's preview
 * and the printable page: "verdict verified or false; report “…”; events from
 * 1 Jan 2025", the report's title and the entity's name marked as data, each
 * in its own direction. The files say the same parts (selectionParts) as
 * describeSelection's plain text, in the exporting editor's language.
 */
export async function selectionInWords(
  meta: Pick<ExportMeta, "selection" | "reportTitle" | "entityName">,
): Promise<ReactNode> {
  const t = await getTranslations("export.shownSelection");
  const format = await getFormatter();
  const { claims, report, entity, events } = selectionParts(meta.selection, {
    report: meta.reportTitle,
    entity: meta.entityName,
  });
  const named = (statuses: readonly ExportStatus[]) =>
    format.list(
      statuses.map((status) => t(`status.${status}`)),
      { type: "disjunction" },
    );
  const day = (date: string | undefined) =>
    date ? format.dateTime(new Date(`${date}T00:00:00Z`), "day") : "";
  return t.rich("description", {
    statuses: claims.kind,
    verdicts: claims.kind === "all" ? "" : named(claims.verdicts),
    computed: claims.kind === "all" ? "" : named(claims.undecided),
    report: report ? "yes" : "no",
    reportTitle: report ?? "",
    entity: entity ? "yes" : "no",
    entityName: entity ?? "",
    dates: events?.kind ?? "none",
    from: events && "from" in events ? day(events.from) : "",
    to: events && "to" in events ? day(events.to) : "",
    data: dataText,
  });
}
