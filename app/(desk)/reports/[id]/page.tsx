import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
import { mayReplaceReportText, REPLACE_TEXT_REFUSAL } from "@/lib/reports/permissions";
import { listTextVersions } from "@/lib/reports/text-versions";
import { listReportSuggestions } from "@/lib/suggestions/for-report";
import { textDirection } from "@/lib/text/arabic";

export const metadata: Metadata = { title: "Report" };

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

  return (
    <article className="flex flex-col gap-4">
      <header className="mx-auto flex w-full max-w-3xl flex-col gap-1 lg:max-w-none">
        <h1 className="text-2xl font-semibold" dir={textDirection(report.title)}>
          {report.title}
        </h1>
        <p className="text-sm text-muted">
          {[
            report.outlet ?? "Outlet unknown",
            report.author ? `by ${report.author}` : "author unknown",
            report.publishedOn ? `published ${report.publishedOn}` : "date unknown",
            `${claims.length} claim${claims.length === 1 ? "" : "s"}`,
          ].join(" · ")}
        </p>
        <ReportOutlet reportId={report.id} actor={user} />
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
            The full text of this report has not been imported. Below are the passages the
            desk&apos;s {claims.length} claim{claims.length === 1 ? "" : "s"} quote, in order.
          </p>
          <ReportTextDetails
            summary="Import the full text"
            submitLabel="Import full text"
            reportId={report.id}
            version={report.version}
          >
            Paste or upload the report as published. Each claim&apos;s quote is then found in the
            text and highlighted; any that cannot be found are listed, never dropped.
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
      { id: claim.id, statement: claim.statement, status: claim.status },
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
                Quotes not found in this text ({lost.length})
              </h2>
              <p className="text-sm">
                These cards keep their quotes, but the words are no longer in the report&apos;s
                text, so they are not highlighted.
              </p>
              <ul className="flex flex-col gap-2">
                {lost.map((claim) => (
                  <li key={claim.id} className="flex items-start justify-between gap-2 text-sm">
                    <Link href={`/claims/${claim.id}`} className="text-accent underline">
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
              summary="Replace the text"
              submitLabel="Replace text"
              reportId={report.id}
              version={report.version}
            >
              For a corrected or fuller copy of this report. Claims keep their quotes: each is found
              again in the new text, or listed above if it cannot be. The current text stays among
              the versions.
            </ReportTextDetails>
          ) : (
            <p
              role="note"
              className="rounded-lg border border-line bg-white p-3 text-sm text-muted"
            >
              {REPLACE_TEXT_REFUSAL}
            </p>
          )}
          {versions}
        </aside>
      </div>
    </ClaimDraftProvider>
  );
}

function ImportNotice({ notice }: { notice: Notice }) {
  if (notice.imported) {
    return (
      <p role="status" className="rounded-md border border-success/30 bg-success/5 px-4 py-3">
        Report imported. Select a passage to make it a claim card, or start from the suggested
        sentences.
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
      {notice.restored ? `Version ${Number(notice.restored) || ""} restored.` : "Text imported."}{" "}
      {found + approximate} quote{found + approximate === 1 ? "" : "s"} found
      {approximate ? ` (${approximate} approximately, where the wording had changed slightly)` : ""}
      {orphaned
        ? `; ${orphaned} could not be found and ${orphaned === 1 ? "is" : "are"} listed beside the text.`
        : "."}
    </p>
  );
}
