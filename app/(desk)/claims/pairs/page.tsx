import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { ReactNode } from "react";
import { ContradictionProposals } from "@/components/pairs/contradiction-proposals";
import { DuplicateProposals } from "@/components/pairs/duplicate-proposals";
import { requireUser } from "@/lib/auth/current-user";
import {
  listContradictionProposals,
  listDuplicateProposals,
  PROPOSALS_SHOWN,
} from "@/lib/pairs/proposals";
import { mayDismissProposal } from "@/lib/pairs/permissions";
import { getReportTitle } from "@/lib/reports/catalogue";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pairs"))("title") };
}

/** One list of proposals: what it holds, the first PROPOSALS_SHOWN of them, or why it is empty. */
async function ProposalSection({
  id,
  heading,
  about,
  none,
  count,
  children,
}: {
  id: string;
  heading: string;
  about: string;
  none: string;
  count: number;
  children: ReactNode;
}) {
  const t = await getTranslations("pairs");
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      <p className="text-sm text-muted">{about}</p>
      {count === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-white p-4 text-muted">
          {none}
        </p>
      ) : (
        children
      )}
      {count > PROPOSALS_SHOWN && (
        <p className="text-sm text-muted">
          {t("showingStrongest", { shown: PROPOSALS_SHOWN, count })}
        </p>
      )}
    </section>
  );
}

/**
 * What the desk noticed across its claims: pairs that share their subject
 * but give different dates or counts, and pairs that look like the same
 * claim twice. Neither list is a verdict: a person confirms or dismisses each
 * pair, and a dismissed pair is not proposed again. With `?report=`, only
 * the pairs a report's claims are in: what a newly imported report
 * contradicts or repeats, however many pairs the rest of the desk has.
 */
export default async function ClaimPairsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const asked = Number((await searchParams).report);
  const reportTitle =
    Number.isSafeInteger(asked) && asked > 0 ? await getReportTitle(user, asked) : null;
  const around = reportTitle === null ? null : { reportId: asked };
  const [contradictions, duplicates, t] = await Promise.all([
    listContradictionProposals(user, around),
    listDuplicateProposals(user, around),
    getTranslations("pairs"),
  ]);
  const editorDecidesDuplicates = !mayDismissProposal(user, "duplicate");

  return (
    <ClientMessages namespaces={["pairs.forms"]}>
      <div className="mx-auto flex max-w-5xl flex-col gap-6">
        <header className="flex flex-col gap-2">
          <p className="text-sm">
            <Link href="/claims" className="text-accent underline">
              {t("back")}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-muted">{t("about")}</p>
          {reportTitle !== null && (
            <p className="rounded-md border border-line bg-white px-4 py-3 text-sm">
              {t.rich("ofReport", {
                title: reportTitle,
                data: (chunks) => <bdi dir="auto">{chunks}</bdi>,
              })}{" "}
              <Link href="/claims/pairs" className="text-accent underline">
                {t("allPairs")}
              </Link>
            </p>
          )}
          <nav aria-label={t("onThisPage")} className="flex flex-wrap gap-4 text-sm">
            <a href="#contradictions-heading" className="text-accent underline">
              {t("contradictionsLink", { count: contradictions.length })}
            </a>
            <a href="#duplicates-heading" className="text-accent underline">
              {t("duplicatesLink", { count: duplicates.length })}
            </a>
          </nav>
        </header>

        <ProposalSection
          id="contradictions-heading"
          heading={t("contradictions")}
          about={t("contradictionsAbout")}
          none={t("contradictionsNone")}
          count={contradictions.length}
        >
          <ContradictionProposals proposals={contradictions.slice(0, PROPOSALS_SHOWN)} />
        </ProposalSection>

        <ProposalSection
          id="duplicates-heading"
          heading={t("duplicates")}
          about={editorDecidesDuplicates ? t("duplicatesAboutEditor") : t("duplicatesAbout")}
          none={t("duplicatesNone")}
          count={duplicates.length}
        >
          <DuplicateProposals proposals={duplicates.slice(0, PROPOSALS_SHOWN)} />
        </ProposalSection>
      </div>
    </ClientMessages>
  );
}
