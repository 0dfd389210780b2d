import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { ClaimDraftProvider } from "@/components/claims/claim-draft";
import { StatusBadge } from "@/components/claims/status-badge";
import { ReportExcerpts } from "@/components/reports/report-excerpts";
import { ReportReader, type HighlightedClaim } from "@/components/reports/report-reader";
import { ReportTextDetails } from "@/components/reports/report-text-form";
import { SuggestionList } from "@/components/reports/suggestion-list";
import { TextVersionList } from "@/components/reports/text-version-list";
import { ExternalLink } from "@/components/ui/external-link";
import type { User } from "@/db/schema";
import { ReportOutlet } from "@/components/sources/report-outlet";
import { requireUser } from "@/lib/auth/current-user";
import { idFromParams } from "@/lib/route-params";
import { getReportWithClaims, type ReportWithClaims } from "@/lib/reports/catalogue";
import { readingParagraphs } from "@/lib/reports/reading";
import { mayReplaceReportText } from "@/lib/reports/permissions";
import { listTextVersions } from "@/lib/reports/text-versions";
import { listReportSuggestions } from "@/lib/suggestions/for-report";
import { textDirection } from "@/lib/text/arabic";
import { formatEventDate } from "@/lib/text/event-date";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.page"))("title") };
}

type Notice = {
  imported?: string;
  found?: string;
  approximate?: string;
  orphaned?: string;
  restored?: string;
};

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Notice>;
}) {
  const user = await requireUser();
  const id = await idFromParams(params);
  const found = await getReportWithClaims(user, id);
  if (!found) notFound();
  const { report, claims } = found;
  const notice = await searchParams;
  const t = await getTranslations("reports.page");

  return (
    <ClientMessages
      namespaces={[
        "makeClaim",
        "reports.errors",
        "reports.form",
        "reports.reader",
        "reports.suggestions",
        "reports.textForm",
        "similarClaims",
        "sourcesPage.kind",
        "sourcesPage.outlet",
        "vocab",
      ]}
    >
      <article className="flex flex-col gap-4">
        <header className="mx-auto flex w-full max-w-3xl flex-col gap-1 lg:max-w-none">
          <h1 className="text-2xl font-semibold" dir={textDirection(report.title)}>
            {report.title}
          </h1>
          <p className="text-sm text-muted">
            {t.rich("byline", {
              outlet: report.outlet ?? t("outletUnknown"),
              author: report.author ? t("by", { author: report.author }) : t("authorUnknown"),
              published: report.publishedOn
                ? t("published", {
                    date: formatEventDate(report.publishedOn, "day", await getLocale()),
                  })
                : t("dateUnknown"),
              claims: t("claims", { count: claims.length }),
              bdi: (chunks) => <bdi>{chunks}</bdi>,
            })}
          </p>
          <ReportOutlet reportId={report.id} actor={user} />
          {claims.length > 0 && (
            <p className="text-sm">
              <Link href={`/claims/pairs?report=${report.id}`} className="text-accent underline">
                {t("pairsOfReport")}
              </Link>
            </p>
          )}
          {report.url && (
            <p className="text-sm break-all">
              <ExternalLink href={report.url}>{report.url}</ExternalLink>
            </p>
          )}
        </header>
        <ImportNotice notice={notice} />
        {report.fullText == null ? (
          <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
            <p role="note" className="rounded-md border border-line bg-white px-4 py-3 text-sm">
              {t("noFullText", { count: claims.length })}
            </p>
            <ReportTextDetails
              summary={t("importFullText")}
              submitLabel={t("importFullTextSubmit")}
              reportId={report.id}
              version={report.version}
            >
              {t("importFullTextAbout")}
            </ReportTextDetails>
            <ReportExcerpts claims={claims} />
          </div>
        ) : (
          <FullText
            user={user}
            report={{ ...report, fullText: report.fullText }}
            claims={claims}
            suggestions={await listReportSuggestions(user, report.id)}
            versions={
              <TextVersionList
                reportId={report.id}
                versions={await listTextVersions(user, report.id)}
              />
            }
          />
        )}
      </article>
    </ClientMessages>
  );
}

async function FullText({
  user,
  report,
  claims,
  suggestions,
  versions,
}: {
  user: User;
  report: {
    id: number;
    version: number;
    language: string;
    fullText: string;
    importedBy: string | null;
  };
  claims: ReportWithClaims["claims"];
  suggestions: Awaited<ReturnType<typeof listReportSuggestions>>;
  versions: React.ReactNode;
}) {
  const t = await getTranslations("reports.page");
  const anchored = claims.filter((claim) => claim.anchorStart !== null && claim.anchorEnd !== null);
  const lost = claims.filter((claim) => claim.anchorState !== "anchored");
  const repeats = suggestions?.repeats ?? [];
  const paragraphs = readingParagraphs(report.fullText, [
    ...anchored.map((claim) => ({
      claimId: claim.id,
      start: claim.anchorStart!,
      end: claim.anchorEnd!,
    })),
    // sentences that say what a claim of another report says are marked with that claim
    ...repeats.map((repeat) => ({
      claimId: repeat.claim.claimId,
      start: repeat.start,
      end: repeat.end,
    })),
  ]);
  const byId: Record<number, HighlightedClaim> = Object.fromEntries([
    ...claims.map((claim) => [
      claim.id,
      {
        id: claim.id,
        statement: claim.statement,
        statementLanguage: claim.statementLanguage,
        status: claim.status,
      },
    ]),
    ...repeats.map(({ claim }) => [
      claim.claimId,
      {
        id: claim.claimId,
        statement: claim.statement,
        status: claim.status,
        otherReport: claim.reportTitle,
      },
    ]),
  ]);
  return (
    <ClaimDraftProvider reportId={report.id} language={report.language}>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <ReportReader paragraphs={paragraphs} claims={byId} language={report.language} />
        <aside className="flex flex-col gap-6">
          {lost.length > 0 && (
            <section
              aria-labelledby="lost-heading"
              className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3"
            >
              <h2 id="lost-heading" className="font-semibold">
                {t("lostHeading", { count: lost.length })}
              </h2>
              <p className="text-sm">{t("lostAbout")}</p>
              <ul className="flex flex-col gap-2">
                {lost.map((claim) => (
                  <li key={claim.id} className="flex items-start justify-between gap-2 text-sm">
                    <Link
                      href={`/claims/${claim.id}`}
                      lang={claim.statementLanguage}
                      dir="auto"
                      className="text-accent underline"
                    >
                      {claim.statement}
                    </Link>
                    <StatusBadge status={claim.status} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {suggestions && (
            <SuggestionList
              reportId={report.id}
              language={report.language}
              suggestions={suggestions.suggestions}
              dismissed={suggestions.dismissed}
              repeats={suggestions.repeats}
            />
          )}
          {mayReplaceReportText(user, {
            importedBy: report.importedBy,
            hasAnchoredClaims: claims.some((claim) => claim.anchorState === "anchored"),
          }) ? (
            <ReportTextDetails
              summary={t("replace")}
              submitLabel={t("replaceSubmit")}
              reportId={report.id}
              version={report.version}
            >
              {t("replaceAbout")}
            </ReportTextDetails>
          ) : (
            <p
              role="note"
              className="rounded-lg border border-line bg-white p-3 text-sm text-muted"
            >
              {t("replaceRefused")}
            </p>
          )}
          {versions}
        </aside>
      </div>
    </ClaimDraftProvider>
  );
}

async function ImportNotice({ notice }: { notice: Notice }) {
  const t = await getTranslations("reports.page");
  if (notice.imported) {
    return (
      <p role="status" className="rounded-md border border-success/30 bg-success/5 px-4 py-3">
        {t("imported")}
      </p>
    );
  }
  if (notice.found === undefined) return null;
  const found = Number(notice.found) || 0;
  const approximate = Number(notice.approximate) || 0;
  const orphaned = Number(notice.orphaned) || 0;
  return (
    <p
      role="status"
      className={`rounded-md border px-4 py-3 ${orphaned ? "border-amber-300 bg-amber-50" : "border-success/30 bg-success/5"}`}
    >
      {notice.restored
        ? t("restored", { number: Number(notice.restored) || 0 })
        : t("textImported")}{" "}
      {t("quotesFound", { found: found + approximate })}
      {approximate ? t("approximately", { approximate }) : ""}
      {orphaned ? t("orphaned", { orphaned }) : t("noticeEnd")}
    </p>
  );
}
