import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportExcerpts } from "@/components/reports/report-excerpts";
import { requireUser } from "@/lib/auth/current-user";
import { getReportWithClaims } from "@/lib/reports/catalogue";
import { textDirection } from "@/lib/text/arabic";

export const metadata: Metadata = { title: "Report" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  const found = await getReportWithClaims(user, id);
  if (!found) notFound();
  const { report, claims } = found;

  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold" dir={textDirection(report.title)}>
          {report.title}
        </h1>
        <p className="text-sm text-muted">
          {[
            report.outlet ?? "Outlet unknown",
            report.author ? `by ${report.author}` : "author unknown",
            report.publishedOn ? `published ${report.publishedOn}` : "date unknown",
          ].join(" · ")}
        </p>
        {report.url && (
          <p className="text-sm break-all">
            <a
              href={report.url}
              rel="noopener noreferrer"
              target="_blank"
              className="text-accent underline"
            >
              {report.url}
            </a>
          </p>
        )}
      </header>
      {report.fullText ? (
        <div className="flex flex-col gap-3 rounded-lg border border-line bg-white p-6">
          {report.fullText
            .split(/\n+/)
            .filter((paragraph) => paragraph.trim())
            .map((paragraph, index) => (
              <p key={index} lang={report.language} dir={textDirection(paragraph)}>
                {paragraph}
              </p>
            ))}
        </div>
      ) : (
        <>
          <p role="note" className="rounded-md border border-line bg-white px-4 py-3 text-sm">
            The full text of this report has not been imported. Below are the passages the
            desk&apos;s {claims.length} claim{claims.length === 1 ? "" : "s"} quote, in order.
          </p>
          <ReportExcerpts claims={claims} />
        </>
      )}
    </article>
  );
}
