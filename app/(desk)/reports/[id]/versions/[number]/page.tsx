import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/get-translations";
import { RestoreTextForm } from "@/components/reports/restore-text-form";
import { TextVersionOrigin } from "@/components/reports/text-version-list";
import { requireUser } from "@/lib/auth/current-user";
import { getReportWithClaims } from "@/lib/reports/catalogue";
import { readingParagraphs } from "@/lib/reports/reading";
import { mayRestoreReportText } from "@/lib/reports/permissions";
import { getTextVersion } from "@/lib/reports/text-versions";
import { idFromParams, positiveNumberOr404 } from "@/lib/route-params";
import { textDirection } from "@/lib/text/arabic";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.versions"))("pageTitle") };
}

/** One kept text of a report, to read, and for an editor to make the report's text again. */
export default async function ReportTextVersionPage({
  params,
}: {
  params: Promise<{ id: string; number: string }>;
}) {
  const user = await requireUser();
  const id = await idFromParams(params);
  const number = positiveNumberOr404((await params).number);
  const [found, version, t] = await Promise.all([
    getReportWithClaims(user, id),
    getTextVersion(user, id, number),
    getTranslations("reports.versions"),
  ]);
  if (!found || !version) notFound();
  const { report } = found;
  const current = version.contentHash === report.contentHash;

  return (
    <ClientMessages namespaces={["reports.versions"]}>
      <article className="mx-auto flex w-full max-w-3xl flex-col gap-4">
        <header className="flex flex-col gap-1">
          <p className="text-sm">
            <Link href={`/reports/${report.id}`} className="text-accent underline">
              <span dir={textDirection(report.title)}>{report.title}</span>
            </Link>
          </p>
          <h1 className="text-2xl font-semibold">
            {t("heading1", { number: version.number })}
            {current && (
              <span className="ms-2 text-base font-normal text-success">{t("current")}</span>
            )}
          </h1>
          <p className="text-sm text-muted">
            <TextVersionOrigin version={{ ...version, characters: version.fullText.length }} />
          </p>
        </header>
        {!current && mayRestoreReportText(user) && (
          <section
            aria-labelledby="restore-heading"
            className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4"
          >
            <h2 id="restore-heading" className="font-semibold">
              {t("restoreHeading")}
            </h2>
            <p className="text-sm text-muted">{t("restoreAbout")}</p>
            <RestoreTextForm reportId={report.id} reportVersion={report.version} number={number} />
          </section>
        )}
        <div className="flex flex-col gap-4 rounded-lg border border-line bg-white p-5 font-reading text-lg leading-loose sm:p-8">
          {readingParagraphs(version.fullText, []).map((paragraph) => (
            <p
              key={paragraph.start}
              dir={paragraph.direction}
              lang={paragraph.direction === "rtl" ? "ar" : undefined}
            >
              {paragraph.runs.map((run) => run.text).join("")}
            </p>
          ))}
        </div>
      </article>
    </ClientMessages>
  );
}
