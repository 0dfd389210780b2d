import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ReactNode } from "react";
import type { TextVersionSummary } from "@/lib/reports/text-versions";

type VersionOrigin = {
  number: number;
  restoredFrom: number | null;
  setByName: string | null;
  setAt: Date;
  characters: number;
};

/**
 * How a version came to be the report's text, by whom and when, in words:
 * "Version 1 restored by Rana, 4 Dec 2026, 13:05 UTC · 1,234 characters".
 */
export function TextVersionOrigin({ version }: { version: VersionOrigin }) {
  const t = useTranslations("reports.versions");
  const origin =
    version.restoredFrom !== null
      ? t("restoredFrom", { number: version.restoredFrom })
      : version.number === 1
        ? t("imported")
        : t("replaced");
  return t.rich("setBy", {
    origin,
    name: version.setByName ?? t("commandLine"),
    at: version.setAt,
    characters: version.characters,
    bdi: (chunks: ReactNode) => <bdi>{chunks}</bdi>,
    time: (chunks: ReactNode) => <time dateTime={version.setAt.toISOString()}>{chunks}</time>,
  });
}

/**
 * Every text the report has had, newest first: who set it and when, each a
 * link to read it (and, for an editor, to restore it).
 */
export function TextVersionList({
  reportId,
  versions,
}: {
  reportId: number;
  versions: TextVersionSummary[];
}) {
  const t = useTranslations("reports.versions");
  if (versions.length === 0) return null;
  return (
    <section
      aria-labelledby="text-versions-heading"
      className="flex flex-col gap-2 rounded-lg border border-line bg-white p-3"
    >
      <h2 id="text-versions-heading" className="font-semibold">
        {t("heading", { count: versions.length })}
      </h2>
      <ol className="flex flex-col gap-2 text-sm">
        {versions.map((version) => (
          <li key={version.number} className="flex flex-col">
            <span>
              <Link
                href={`/reports/${reportId}/versions/${version.number}`}
                className="font-medium text-accent underline"
              >
                {t("version", { number: version.number })}
              </Link>
              {version.current && <span className="ms-2 text-xs text-success">{t("current")}</span>}
            </span>
            <span className="text-muted">
              <TextVersionOrigin version={version} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
