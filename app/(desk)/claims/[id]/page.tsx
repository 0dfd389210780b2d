import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { AssignmentPanel } from "@/components/assignments/assignment-panel";
import { ClaimEditForm } from "@/components/claims/claim-edit-form";
import { ClaimHistory } from "@/components/claims/claim-history";
import { QuoteInContext } from "@/components/claims/quote-in-context";
import { ContradictedNote } from "@/components/claims/contradicted-note";
import { EvidenceChangedNote } from "@/components/claims/evidence-changed-note";
import { ClaimStateBadge } from "@/components/claims/status-badge";
import { dataText } from "@/components/ui/data-text";
import { DiscussionSection } from "@/components/discussion/discussion-section";
import { EntityTags } from "@/components/entities/entity-tags";
import { LiveRefresh } from "@/components/live/live-refresh";
import { WatchToggle } from "@/components/notifications/watch-toggle";
import { ClaimContradictions } from "@/components/pairs/claim-contradictions";
import { EvidenceSection } from "@/components/evidence/evidence-section";
import { RatingPanel } from "@/components/ratings/rating-panel";
import { RelationsSection } from "@/components/relations/relations-section";
import { ClaimSources } from "@/components/sources/claim-sources";
import { VerdictPanel } from "@/components/verdicts/verdict-panel";
import { requireUser } from "@/lib/auth/current-user";
import { idFromParams } from "@/lib/route-params";
import { getClaimCard } from "@/lib/claims/card";
import { mayEditClaim } from "@/lib/claims/permissions";
import { listKnownEntities } from "@/lib/entities/list";
import { getWatchState } from "@/lib/notifications/watch";
import { listClaimSources, listKnownSources } from "@/lib/sources/claim-sources";
import { suggestClaimSources } from "@/lib/sources/suggest";
import { isMostlyArabic, textDirection } from "@/lib/text/arabic";
import { formatEventDate } from "@/lib/text/event-date";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const t = await getTranslations("claim");
  return { title: t("number", { id: (await params).id }) };
}

export default async function ClaimPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ history?: string | string[] }>;
}) {
  const user = await requireUser();
  const id = await idFromParams(params);
  // the card's whole history rather than its newest events (the link under them)
  const showAllHistory = (await searchParams).history === "all";
  const [card, knownEntities, watch, namedSources, suggestedSources, knownSources] =
    await Promise.all([
      getClaimCard(user, id),
      listKnownEntities(user),
      getWatchState(user, id),
      listClaimSources(user, id),
      suggestClaimSources(user, id),
      listKnownSources(user),
    ]);
  if (!card) notFound();
  const { claim, report } = card;
  const canEdit = mayEditClaim(user, claim);
  const [t, locale] = await Promise.all([getTranslations("claim"), getLocale()]);
  const evidenceLink = (chunks: ReactNode) => (
    <a href="#evidence-section-heading" className="underline">
      {chunks}
    </a>
  );

  return (
    <ClientMessages
      namespaces={[
        "assignment.controls",
        "assignment.form",
        "claim.edit",
        "claim.live",
        "claim.watch",
        "claimSources",
        "discussion.form",
        "entities",
        "evidence.add",
        "evidence.check",
        "evidence.retract",
        "evidence.stance",
        "history",
        "pairs.forms",
        "relations.add",
        "relations.kind",
        "relations.unlink",
        "review.form",
        "review.verdict.form",
        "vocab",
      ]}
    >
      <article className="mx-auto flex max-w-6xl flex-col gap-5">
        <header className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
            <p>{t("number", { id: claim.id })}</p>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <WatchToggle claimId={claim.id} watching={watch.watching} reason={watch.reason} />
              <LiveRefresh claimId={claim.id} />
            </div>
          </div>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h1
              className="text-2xl font-semibold wrap-anywhere"
              dir="auto"
              lang={isMostlyArabic(claim.statement) ? "ar" : undefined}
            >
              {claim.statement}
            </h1>
            <ClaimStateBadge status={claim.status} verdict={card.verdict} />
          </div>
          {claim.contradicted && (
            <ContradictedNote>
              {t.rich("contradictedSee", {
                related: (chunks) => (
                  <a href="#related-claims-heading" className="underline">
                    {chunks}
                  </a>
                ),
                evidence: evidenceLink,
              })}
            </ContradictedNote>
          )}
          {card.evidenceChanged && (
            <EvidenceChangedNote>
              {t.rich("evidenceChangedSee", { evidence: evidenceLink })}
            </EvidenceChangedNote>
          )}
          <p className="flex flex-wrap gap-x-1 text-sm text-muted">
            <span>
              {t.rich("fromReport", {
                title: report.title,
                report: (chunks) => (
                  <Link
                    href={`/reports/${report.id}#claim-${claim.id}`}
                    className="text-accent underline"
                    dir={textDirection(report.title)}
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </span>
            {report.outlet && (
              <span>{t.rich("outlet", { outlet: report.outlet, data: dataText })}</span>
            )}
            <span>
              {claim.eventDate
                ? t.rich("event", {
                    date: formatEventDate(
                      claim.eventDate,
                      claim.eventDatePrecision ?? "day",
                      locale,
                    ),
                    data: dataText,
                  })
                : t("noEventDate")}
            </span>
          </p>
        </header>

        <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="flex min-w-0 flex-col gap-8">
            <section aria-labelledby="quote-heading" className="flex flex-col gap-2">
              <h2 id="quote-heading" className="text-lg font-semibold">
                {t("quoteHeading")}
              </h2>
              <QuoteInContext
                quote={claim.quote}
                language={claim.quoteLanguage}
                before={card.before}
                after={card.after}
              />
              {claim.anchorState === "orphaned" && (
                <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2">
                  {t("quoteOrphaned")}
                </p>
              )}
              {claim.anchorState === "unanchored" && !report.hasFullText && (
                <p className="text-sm text-muted">{t("quoteWithoutContext")}</p>
              )}
              <p>
                <span className="me-1 font-medium">{t("attribution")}</span>
                {claim.attribution ? (
                  <bdi dir="auto">{claim.attribution}</bdi>
                ) : (
                  <span className="text-muted">{t("notRecorded")}</span>
                )}
              </p>
            </section>
            <ClaimSources
              claimId={claim.id}
              named={namedSources}
              suggestions={suggestedSources}
              known={knownSources}
            />
            <RatingPanel claimId={claim.id} actor={user} />
            <EvidenceSection claimId={claim.id} actor={user} />
            <DiscussionSection claimId={claim.id} actor={user} />
            <ClaimHistory claimId={claim.id} actor={user} all={showAllHistory} />
          </div>
          <aside className="flex flex-col gap-8">
            <AssignmentPanel
              claimId={claim.id}
              actor={user}
              lockedByVerdict={card.verdict !== null}
            />
            <VerdictPanel
              claimId={claim.id}
              actor={user}
              sourcing={{ status: claim.status, ratingCount: claim.ratingCount }}
            />

            <EntityTags claimId={claim.id} tagged={card.entities} known={knownEntities} />

            <ClaimContradictions
              claimId={claim.id}
              actor={user}
              anyResemblancesPending={card.anyResemblancesPending}
            />
            <RelationsSection claimId={claim.id} actor={user} />
            {canEdit ? (
              <details className="rounded-lg border border-line bg-white p-4">
                <summary className="cursor-pointer font-medium">{t("editCard")}</summary>
                <div className="mt-3">
                  <ClaimEditForm claim={claim} />
                </div>
              </details>
            ) : (
              // ratings were given to this wording, so only its author or an editor rewords it
              <p className="text-sm text-muted">
                {t.rich("onlyAuthorEdits", {
                  discussion: (chunks) => (
                    <a href="#discussion-heading" className="text-accent underline">
                      {chunks}
                    </a>
                  ),
                })}
              </p>
            )}
          </aside>
        </div>
      </article>
    </ClientMessages>
  );
}
