import { useTranslations } from "@/lib/i18n/use-translations";
import { buttonClass } from "@/components/ui/button";
import { exportedHeadFileName, formatExportedHead } from "@/lib/audit/exported-head";

/**
 * The newest event's `id:hash`, shown and downloadable, to keep somewhere the
 * database's superuser cannot reach. Checking the trail against it later
 * proves nothing up to that event was rewritten, even with every hash
 * recomputed. The download is a data: link, so it needs no other request.
 */
export function HeadExport({
  head,
  exportedAt,
}: {
  head: { eventId: number; hash: string } | null;
  exportedAt: Date;
}) {
  const t = useTranslations("audit.head");
  if (!head) {
    return <p className="text-sm text-muted">{t("none")}</p>;
  }
  const text = formatExportedHead(head);
  const fileName = exportedHeadFileName(exportedAt);
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-medium">{t("heading")}</h3>
      <p className="text-sm text-muted">{t("explain", { id: String(head.eventId) })}</p>
      <code dir="ltr" className="rounded bg-paper px-2 py-1 font-mono text-xs break-all">
        {text}
      </code>
      <div>
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(`${text}\n`)}`}
          download={fileName}
          className={buttonClass("secondary", "sm")}
        >
          {/* the file's name is data: its own direction in an Arabic sentence */}
          {t.rich("download", { file: () => <bdi dir="auto">{fileName}</bdi> })}
        </a>
      </div>
    </div>
  );
}
