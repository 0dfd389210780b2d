import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ClaimStateBadge } from "@/components/claims/status-badge";
import { StanceBadge } from "@/components/evidence/stance";
import { MergeSourceForm } from "@/components/sources/merge-source-form";
import { SourceEditForm } from "@/components/sources/source-edit-form";
import { SourceRecordSection } from "@/components/sources/source-record-section";
import { ExternalLink } from "@/components/ui/external-link";
import { requireUser } from "@/lib/auth/current-user";
import { entityKindLabels } from "@/lib/entities/kinds";
import { idFromParams } from "@/lib/route-params";
import type { SourceKind } from "@/lib/sources/kinds";
import { getSourcePage, SOURCE_PAGE_LIST_LIMIT } from "@/lib/sources/page";
import { textDirection } from "@/lib/text/arabic";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  return { title: `Source ${(await params).id}` };
}

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await idFromParams(params);
  const page = await getSourcePage(user, id);
  if (!page) notFound();
  // a source merged into another: its name and links lead to the kept one
  if (page.mergedInto !== null) redirect(`/sources/${page.mergedInto}`);
  const { source, record } = page;

  return (
    <article className="mx-auto flex max-w-5xl flex-col gap-8">
      <header className="flex flex-col gap-1">
        <p className="text-sm text-muted">
          <Link href="/sources" className="text-accent underline">
            Sources
          </Link>{" "}
          · {entityKindLabels[source.kind]}
        </p>
        <h1 className="text-2xl font-semibold wrap-anywhere" dir="auto">
          {source.name}
        </h1>
        {page.hosts.length > 0 && (
          <p className="text-sm text-muted">
            Publishes on{" "}
            {page.hosts.map((host, i) => (
              <span key={host}>
                {i > 0 && ", "}
                <span dir="ltr">{host}</span>
              </span>
            ))}
          </p>
        )}
      </header>

      <SourceRecordSection record={record} />

      <section aria-labelledby="claims-heading" className="flex flex-col gap-2">
        <h2 id="claims-heading" className="text-lg font-semibold">
          Claims resting on it
        </h2>
        {page.claims.length === 0 ? (
          <p className="text-muted">No claim names this source yet.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-white">
            {page.claims.map((claim) => (
              <li
                key={claim.id}
                className="flex flex-wrap items-start justify-between gap-2 px-4 py-3"
              >
                <div className="flex min-w-0 flex-col">
                  <Link
                    href={`/claims/${claim.id}`}
                    className="text-accent underline wrap-anywhere"
                  >
                    {claim.statement}
                  </Link>
                  <span className="text-sm text-muted" dir={textDirection(claim.reportTitle)}>
                    {claim.reportTitle}
                  </span>
                </div>
                <ClaimStateBadge status={claim.status} verdict={claim.verdict} />
              </li>
            ))}
          </ul>
        )}
        {record.claims > page.claims.length && (
          <p className="text-sm">
            The latest {SOURCE_PAGE_LIST_LIMIT} are listed.{" "}
            <Link href={`/claims?source=${source.id}`} className="text-accent underline">
              See all {record.claims} on the board
            </Link>
          </p>
        )}
        {record.claims > 0 && record.claims <= page.claims.length && (
          <p className="text-sm">
            <Link href={`/claims?source=${source.id}`} className="text-accent underline">
              Filter the board by this source
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="evidence-heading" className="flex flex-col gap-2">
        <h2 id="evidence-heading" className="text-lg font-semibold">
          Evidence from it
        </h2>
        {page.evidence.length === 0 ? (
          <p className="text-muted">
            No evidence link is from this source yet. Links on its hosts count as its evidence.
          </p>
        ) : (
          <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-white">
            {page.evidence.map((item) => (
              <li key={item.id} className="flex flex-col gap-1 px-4 py-3">
                <span className="flex flex-wrap items-baseline gap-2">
                  <StanceBadge stance={item.stance} />
                  <ExternalLink href={item.url} className={item.retracted ? "line-through" : ""}>
                    <bdi>{item.title}</bdi>
                  </ExternalLink>
                  {item.retracted && <span className="text-sm text-muted">(retracted)</span>}
                </span>
                <Link
                  href={`/claims/${item.claimId}#evidence-section-heading`}
                  className="text-sm text-accent underline"
                >
                  On claim {item.claimId}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      {page.reports.length > 0 && (
        <section aria-labelledby="reports-heading" className="flex flex-col gap-2">
          <h2 id="reports-heading" className="text-lg font-semibold">
            Reports it published
          </h2>
          <ul className="flex flex-col gap-1">
            {page.reports.map((report) => (
              <li key={report.id}>
                <Link
                  href={`/reports/${report.id}`}
                  className="text-accent underline"
                  dir={textDirection(report.title)}
                >
                  {report.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {page.mayEdit && (
        <section aria-labelledby="edit-source-heading" className="grid gap-6 md:grid-cols-2">
          <h2 id="edit-source-heading" className="sr-only">
            Editing the source
          </h2>
          <details className="rounded-lg border border-line bg-white p-4">
            <summary className="cursor-pointer font-medium">
              Rename, change its kind or hosts
            </summary>
            <div className="mt-3">
              <SourceEditForm
                source={{ ...source, kind: source.kind as SourceKind }}
                hosts={page.hosts}
              />
            </div>
          </details>
          <details className="rounded-lg border border-line bg-white p-4">
            <summary className="cursor-pointer font-medium">Merge into another source</summary>
            <div className="mt-3">
              <MergeSourceForm
                source={source}
                choices={page.mergeChoices}
                counts={{
                  claims: record.claims,
                  reports: page.reports.length,
                  evidence: page.evidence.length,
                }}
              />
            </div>
          </details>
        </section>
      )}
    </article>
  );
}
