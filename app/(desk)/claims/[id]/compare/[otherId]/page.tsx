import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { StatusBadge } from "@/components/claims/status-badge";
import { requireUser } from "@/lib/auth/current-user";
import { getClaimComparison, type ComparedClaim } from "@/lib/relations/compare";
import { idFromParams } from "@/lib/route-params";
import { isMostlyArabic, textDirection } from "@/lib/text/arabic";
import { formatEventDate } from "@/lib/text/event-date";

type Params = Promise<{ id: string; otherId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, otherId } = await params;
  const t = await getTranslations("claim.compare");
  return { title: t("title", { id, otherId }) };
}

/** Two claims next to each other (stacked on a phone), for reading a contradiction. */
export default async function CompareClaimsPage({ params }: { params: Params }) {
  const user = await requireUser();
  const claimId = await idFromParams(params);
  const otherId = await idFromParams(params.then(({ otherId }) => ({ id: otherId })));
  if (claimId === otherId) notFound();
  const comparison = await getClaimComparison(user, claimId, otherId);
  if (!comparison) notFound();
  const [t, locale] = await Promise.all([getTranslations("claim.compare"), getLocale()]);

  return (
    <article className="mx-auto flex max-w-6xl flex-col gap-5">
      <header className="flex flex-col gap-2">
        <p className="text-sm">
          <Link href={`/claims/${claimId}`} className="text-accent underline">
            {t("back", { id: claimId })}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t("title", { id: claimId, otherId })}</h1>
        {comparison.links.length === 0 ? (
          <p className="text-muted">{t("notLinked")}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {comparison.links.map((link) => (
              <li key={link.id}>
                <span className="font-medium">{t("relation", { kind: link.kind })}</span>
                {link.note && (
                  <>
                    : <span dir="auto">{link.note}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </header>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {comparison.claims.map((claim) => (
          <ClaimColumn key={claim.id} claim={claim} locale={locale} />
        ))}
      </div>
    </article>
  );
}

async function ClaimColumn({ claim, locale }: { claim: ComparedClaim; locale: string }) {
  const [t, claimWords] = await Promise.all([
    getTranslations("claim.compare"),
    getTranslations("claim"),
  ]);
  const headingId = `compared-claim-${claim.id}`;
  const { supports, contradicts, context, retracted } = claim.evidence;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-sm text-muted">
          <Link href={`/claims/${claim.id}`} className="text-accent underline">
            {claimWords("number", { id: claim.id })}
          </Link>
        </p>
        <StatusBadge status={claim.status} />
      </div>
      <h2
        id={headingId}
        dir="auto"
        lang={isMostlyArabic(claim.statement) ? "ar" : undefined}
        className="text-lg font-semibold"
      >
        {claim.statement}
      </h2>
      <blockquote
        lang={claim.quoteLanguage}
        dir="auto"
        className="rounded-md border border-line bg-paper p-3 text-lg leading-loose"
      >
        {claim.quote}
      </blockquote>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">{t("attribution")}</dt>
        <dd dir="auto">
          {claim.attribution || <span className="text-muted">{claimWords("notRecorded")}</span>}
        </dd>
        <dt className="font-medium">{t("report")}</dt>
        <dd>
          <Link
            href={`/reports/${claim.report.id}#claim-${claim.id}`}
            className="text-accent underline"
          >
            <bdi dir={textDirection(claim.report.title)}>{claim.report.title}</bdi>
          </Link>
          {claim.report.outlet && (
            <>
              {" "}
              {claimWords.rich("outlet", {
                outlet: claim.report.outlet,
                data: (chunks) => <bdi>{chunks}</bdi>,
              })}
            </>
          )}
        </dd>
        <dt className="font-medium">{t("eventDate")}</dt>
        <dd>
          {claim.eventDate ? (
            formatEventDate(claim.eventDate, claim.eventDatePrecision ?? "day", locale)
          ) : (
            <span className="text-muted">{t("noneGiven")}</span>
          )}
        </dd>
        <dt className="font-medium">{t("evidence")}</dt>
        <dd>
          {t("evidenceCounts", { supports, contradicts, context })}
          {retracted > 0 && <> {t("retracted", { count: retracted })}</>}
        </dd>
      </dl>
    </section>
  );
}
