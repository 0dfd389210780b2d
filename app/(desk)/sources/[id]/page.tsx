import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/get-translations";
import { ClaimStateBadge } from "@/components/claims/status-badge";
import { StanceBadge } from "@/components/evidence/stance";
import { MergeSourceForm } from "@/components/sources/merge-source-form";
import { SourceEditForm } from "@/components/sources/source-edit-form";
import { SourceRecordSection } from "@/components/sources/source-record-section";
import { ExternalLink } from "@/components/ui/external-link";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/current-user";
import { idFromParams } from "@/lib/route-params";
import type { SourceKind } from "@/lib/sources/kinds";
import { getSourcePage, SOURCE_PAGE_LIST_LIMIT } from "@/lib/sources/page";
import { textDirection } from "@/lib/text/arabic";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const t = await getTranslations("sourcesPage.page");
  return { title: t("title", { id: (await params).id }) };
}

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await idFromParams(params);
  const page = await getSourcePage(user, id);
  if (!page) notFound();
  // a source merged into another: its name and links lead to the kept one
  if (page.mergedInto !== null) redirect(`/sources/${page.mergedInto}`);
  const { source, record } = page;
  const t = await getTranslations("sourcesPage");

  return (
    <ClientMessages namespaces={["sourcesPage"]}>
      <article className="mx-auto flex max-w-5xl flex-col gap-8">
        <header className="flex flex-col gap-1">
          <p className="text-sm text-muted">
            <Link href="/sources" className="text-accent underline">
              {t("title")}
            </Link>{" "}
            · {t(`kind.${source.kind}`)}
          </p>
          <h1 className="text-2xl font-semibold wrap-anywhere" dir="auto">
            {source.name}
          </h1>
          {page.hosts.length > 0 && (
            <p className="text-sm text-muted">
              {t.rich("page.publishesOn", {
                hosts: () => (
                  <bdi dir="ltr" className="inline-block">
                    {page.hosts.join(", ")}
                  </bdi>
                ),
              })}
            </p>
          )}
        </header>

        <SourceRecordSection record={record} />

        <Section heading={t("page.claimsHeading")} className="flex flex-col gap-2">
          {page.claims.length === 0 ? (
            <p className="text-muted">{t("page.noClaims")}</p>
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
                      dir="auto"
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
              {t("page.latest", { count: SOURCE_PAGE_LIST_LIMIT })}{" "}
              <Link href={`/claims?source=${source.id}`} className="text-accent underline">
                {t("page.seeAll", { count: record.claims })}
              </Link>
            </p>
          )}
          {record.claims > 0 && record.claims <= page.claims.length && (
            <p className="text-sm">
              <Link href={`/claims?source=${source.id}`} className="text-accent underline">
                {t("page.filterBoard")}
              </Link>
            </p>
          )}
        </Section>

        <Section
          heading={t("page.evidenceHeading")}
          className="flex flex-col gap-2"
          empty={page.evidence.length === 0 && t("page.noEvidence")}
        >
          <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-white">
            {page.evidence.map((item) => (
              <li key={item.id} className="flex flex-col gap-1 px-4 py-3">
                <span className="flex flex-wrap items-baseline gap-2">
                  <StanceBadge stance={item.stance} />
                  <ExternalLink href={item.url} className={item.retracted ? "line-through" : ""}>
                    <bdi>{item.title}</bdi>
                  </ExternalLink>
                  {item.retracted && (
                    <span className="text-sm text-muted">{t("page.retracted")}</span>
                  )}
                </span>
                <Link
                  href={`/claims/${item.claimId}#evidence-section-heading`}
                  className="text-sm text-accent underline"
                >
                  {t("page.onClaim", { id: String(item.claimId) })}
                </Link>
              </li>
            ))}
          </ul>
        </Section>

        {page.reports.length > 0 && (
          <Section heading={t("page.reportsHeading")} className="flex flex-col gap-2">
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
          </Section>
        )}

        {page.mayEdit && (
          <Section
            heading={t("page.editing")}
            className="grid gap-6 md:grid-cols-2"
            headingClassName="sr-only"
          >
            <details className="rounded-lg border border-line bg-white p-4">
              <summary className="cursor-pointer font-medium">{t("page.editSummary")}</summary>
              <div className="mt-3">
                <SourceEditForm
                  source={{ ...source, kind: source.kind as SourceKind }}
                  hosts={page.hosts}
                />
              </div>
            </details>
            <details className="rounded-lg border border-line bg-white p-4">
              <summary className="cursor-pointer font-medium">{t("page.mergeSummary")}</summary>
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
          </Section>
        )}
      </article>
    </ClientMessages>
  );
}
