import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { listReports } from "@/lib/reports/catalogue";
import { textDirection } from "@/lib/text/arabic";
import { formatEventDate } from "@/lib/text/event-date";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.list"))("title") };
}

export default async function ReportsPage() {
  const user = await requireUser();
  const [reports, t, locale] = await Promise.all([
    listReports(user),
    getTranslations("reports.list"),
    getLocale(),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted">{t("about")}</p>
        </div>
        <Link href="/reports/new" className={buttonClass()}>
          {t("import")}
        </Link>
      </div>
      <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-white">
        {reports.map((report) => (
          <li key={report.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3">
            <Link href={`/reports/${report.id}`} className="font-medium text-accent underline">
              <bdi dir={textDirection(report.title)}>{report.title}</bdi>
            </Link>
            <span className="text-sm text-muted">
              {report.outlet ? <bdi>{report.outlet}</bdi> : t("outletUnknown")} ·{" "}
              {report.publishedOn ? (
                <bdi>{formatEventDate(report.publishedOn, "day", locale)}</bdi>
              ) : (
                t("dateUnknown")
              )}
            </span>
            <span className="ms-auto text-sm text-muted">
              {t("claims", { count: report.claimCount })}
              {report.hasFullText ? "" : t("excerptsOnly")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
