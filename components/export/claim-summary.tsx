import { useLocale } from "next-intl";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { ExternalLink } from "@/components/ui/external-link";
import type { ExportClaim } from "@/lib/export/claim-record";
import { languageOfLocale } from "@/lib/i18n/languages";
import { textDirection } from "@/lib/text/arabic";
import { formatEventDate } from "@/lib/text/event-date";

/**
 * The summary as HTML: the same content as the Markdown export (see
 * lib/export/markdown.ts), for the preview on the export page and the
 * printable page. Class names prefixed `export-` are what the print styles
 * (./print-styles.tsx) lay out on paper. Headings and the desk's words are
 * the reader's language (the catalogue's summary); the claims' own words
 * keep their direction.
 */

/** Claims come ordered by report; each run of one report becomes one section. */
export function groupByReport(claims: readonly ExportClaim[]) {
  const groups: Array<{ report: ExportClaim["report"]; claims: ExportClaim[] }> = [];
  for (const claim of claims) {
    const current = groups.at(-1);
    if (current && current.report.id === claim.report.id) current.claims.push(claim);
    else groups.push({ report: claim.report, claims: [claim] });
  }
  return groups;
}

export function ExportReportSection({
  report,
  claims,
  headingLevel = 2,
}: {
  report: ExportClaim["report"];
  claims: readonly ExportClaim[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `export-report-${report.id}`;
  const t = useTranslations("summary");
  const locale = useLocale();
  const published = report.publishedOn
    ? t("published", { date: formatEventDate(report.publishedOn, "day", locale) })
    : null;
  return (
    <section aria-labelledby={headingId} className="export-report flex flex-col gap-3">
      <div>
        <Heading id={headingId} dir="auto" className="text-xl font-semibold">
          {report.title}
        </Heading>
        <p className="text-sm text-muted">
          {report.outlet && <bdi>{report.outlet}</bdi>}
          {report.outlet && published && " · "}
          {published}
          {report.url && (
            <>
              {report.outlet || report.publishedOn ? " · " : ""}
              <ExternalLink
                href={report.url}
                newTab={false}
                data-url-shown=""
                className="break-all"
              >
                {report.url}
              </ExternalLink>
            </>
          )}
        </p>
      </div>
      <ol className="flex flex-col gap-4">
        {claims.map((claim) => (
          <li key={claim.id} className="export-claim">
            <ExportClaimSummary claim={claim} headingLevel={headingLevel === 2 ? 3 : 4} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ExportClaimSummary({
  claim,
  headingLevel,
}: {
  claim: ExportClaim;
  headingLevel: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const quoteDirection = textDirection(claim.quote.text);
  const t = useTranslations("summary");
  const vocab = useTranslations("vocab");
  const format = useFormatter();
  const locale = useLocale();
  const { sourcing } = claim;
  const grade =
    sourcing.reliability && sourcing.credibility
      ? t("grade", {
          letters: `${sourcing.reliability}${sourcing.credibility}`,
          source: t(`reliability.${sourcing.reliability}`),
          information: t(`credibility.${sourcing.credibility as 1 | 2 | 3 | 4 | 5 | 6}`),
        })
      : t("notGraded");
  // the record's English wording names how many steps apart the grades are; in
  // another language the summary says whether the middle half of them spreads
  // over more than one step, from the same grades
  const agreement =
    languageOfLocale(locale) === "en"
      ? sourcing.agreement
      : t("agreement", {
          reviewers: sourcing.reviewers,
          spread:
            Math.max(sourcing.reliabilitySpread, sourcing.credibilitySpread) > 1 ? "wide" : "close",
        });
  return (
    <article className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4">
      <Heading dir="auto" className="font-semibold">
        {claim.statement}
      </Heading>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">{t("verdict")}</dt>
        <dd>
          {claim.verdict
            ? t.rich("verdictValue", {
                verdict: vocab(`verdict.${claim.verdict.verdict}`),
                who: () => <bdi>{claim.verdict!.decidedBy}</bdi>,
                date: format.dateTime(new Date(claim.verdict.decidedAt), "day"),
                strong: (words) => <strong>{words}</strong>,
                rationale: () => <span dir="auto">{claim.verdict!.rationale}</span>,
              })
            : t("noVerdict", { status: vocab(`status.${claim.status}`).toLowerCase() })}
        </dd>
        <dt className="font-medium">{t("sourcing")}</dt>
        <dd>{t("sourcingValue", { grade, agreement })}</dd>
        {claim.eventDate && (
          <>
            <dt className="font-medium">{t("eventDate")}</dt>
            <dd>{formatEventDate(claim.eventDate.date, claim.eventDate.precision, locale)}</dd>
          </>
        )}
        {claim.attribution && (
          <>
            <dt className="font-medium">{t("attributedTo")}</dt>
            <dd dir="auto">{claim.attribution}</dd>
          </>
        )}
        {claim.sources.length > 0 && (
          <>
            <dt className="font-medium">{t("restsOn")}</dt>
            <dd>
              {claim.sources.map((source, i) => (
                <span key={source.id}>
                  {i > 0 && "; "}
                  <bdi>{source.name}</bdi>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt className="font-medium">{t("evidence")}</dt>
        <dd>
          {claim.evidence.length === 0 ? (
            t("noEvidence")
          ) : (
            <ul className="flex flex-col gap-0.5">
              {claim.evidence.map((item, i) => (
                <li key={`${item.url}-${i}`}>
                  {t.rich("evidenceItem", {
                    stance: t(`stance.${item.stance}`),
                    link: () => (
                      <ExternalLink href={item.url} newTab={false}>
                        <span dir="auto">{item.title}</span>
                      </ExternalLink>
                    ),
                  })}
                  {item.outlet && (
                    <span className="text-muted">
                      {" "}
                      (<bdi>{item.outlet}</bdi>)
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {claim.contradictedBy.length > 0 && (
          <>
            <dt className="font-medium">{t("contradictedBy")}</dt>
            <dd>
              <ul className="flex flex-col gap-0.5">
                {claim.contradictedBy.map((other) => (
                  <li key={other.id}>
                    <ExternalLink href={other.permalink} newTab={false}>
                      <bdi>#{other.id}</bdi> <span dir="auto">{other.statement}</span>
                    </ExternalLink>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <figure className="flex flex-col gap-1">
        <figcaption className="text-sm font-medium">{t("originalQuote")}</figcaption>
        <blockquote
          lang={claim.quote.language}
          dir={quoteDirection}
          className="export-quote border-s-2 border-line ps-3"
        >
          {claim.quote.text}
        </blockquote>
      </figure>
      <p className="text-xs text-muted">
        {t.rich("permalink", {
          link: () => (
            <a href={claim.permalink} data-url-shown="" dir="ltr" className="break-all underline">
              {claim.permalink}
            </a>
          ),
        })}
      </p>
    </article>
  );
}
