import { useTranslations } from "@/lib/i18n/use-translations";
import { buttonClass } from "@/components/ui/button";

/**
 * The files of one selection. Downloads go through GET /api/export with the
 * session cookie, the same route scripts call with a token, so both get the
 * same streamed file and the same audit entry.
 */
const formats = ["md", "csv", "json", "claimreview"] as const;

export function ExportDownloads({ query }: { query: string }) {
  const t = useTranslations("export.files");
  const withQuery = (path: string, format?: string) => {
    const params = new URLSearchParams(query);
    if (format) params.set("format", format);
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };
  return (
    <ul aria-label={t("label")} className="flex flex-wrap gap-3">
      <li className="flex flex-col gap-1">
        <a href={withQuery("/export/print")} className={buttonClass("primary")}>
          {t("print")}
        </a>
        <span className="text-xs text-muted">{t("printHint")}</span>
      </li>
      {formats.map((format) => (
        <li key={format} className="flex flex-col gap-1">
          <a href={withQuery("/api/export", format)} download className={buttonClass("secondary")}>
            {t(format)}
          </a>
          <span className="text-xs text-muted">{t(`${format}Hint`)}</span>
        </li>
      ))}
    </ul>
  );
}
