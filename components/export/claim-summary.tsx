import { ExternalLink } from "@/components/ui/external-link";
import type { ExportClaim } from "@/lib/export/claim-record";
import { textDirection } from "@/lib/text/arabic";

/**
 * The summary as HTML: the same content as the Markdown export (see
 * lib/export/markdown.ts), for the preview on the export page and the
 * printable page. Class names prefixed `export-` are what the print styles
 * (./print-styles.tsx) lay out on paper.
 */

const stanceWords = { supports: "Supports", contradicts: "Contradicts", context: "Context" };

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
  return (
    <section aria-labelledby={headingId} className="export-report flex flex-col gap-3">
      <div>
        <Heading id={headingId} dir="auto" className="text-xl font-semibold">
          {report.title}
        </Heading>
        <p className="text-sm text-muted">
          {[report.outlet, report.publishedOn ? `published ${report.publishedOn}` : null]
            .filter(Boolean)
            .join(" · ")}
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
  return (
    <article className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4">
      <Heading dir="auto" className="font-semibold">
        {claim.statement}
      </Heading>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">Verdict</dt>
        <dd>
          {claim.verdict ? (
            <>
              <strong>{claim.verdict.label}.</strong>{" "}
              <span dir="auto">{claim.verdict.rationale}</span>{" "}
              <span className="text-muted">
                ({claim.verdict.decidedBy}, {claim.verdict.decidedAt.slice(0, 10)})
              </span>
            </>
          ) : (
            <>None yet (desk status: {claim.status.replace("_", " ")})</>
          )}
        </dd>
        <dt className="font-medium">Sourcing</dt>
        <dd>
          {claim.sourcing.grade ?? "Not graded"}; {claim.sourcing.agreement}
        </dd>
        {claim.eventDate && (
          <>
            <dt className="font-medium">Event date</dt>
            <dd>{claim.eventDate.label}</dd>
          </>
        )}
        {claim.attribution && (
          <>
            <dt className="font-medium">Attributed to</dt>
            <dd dir="auto">{claim.attribution}</dd>
          </>
        )}
        {claim.sources.length > 0 && (
          <>
            <dt className="font-medium">Rests on</dt>
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
        <dt className="font-medium">Evidence</dt>
        <dd>
          {claim.evidence.length === 0 ? (
            "None linked"
          ) : (
            <ul className="flex flex-col gap-0.5">
              {claim.evidence.map((item, i) => (
                <li key={`${item.url}-${i}`}>
                  {stanceWords[item.stance]}:{" "}
                  <ExternalLink href={item.url} newTab={false}>
                    <span dir="auto">{item.title}</span>
                  </ExternalLink>
                  {item.outlet && <span className="text-muted"> ({item.outlet})</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {claim.contradictedBy.length > 0 && (
          <>
            <dt className="font-medium">Contradicted by</dt>
            <dd>
              <ul className="flex flex-col gap-0.5">
                {claim.contradictedBy.map((other) => (
                  <li key={other.id}>
                    <ExternalLink href={other.permalink} newTab={false}>
                      #{other.id} <span dir="auto">{other.statement}</span>
                    </ExternalLink>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <figure className="flex flex-col gap-1">
        <figcaption className="text-sm font-medium">Original quote</figcaption>
        <blockquote
          lang={claim.quote.language}
          dir={quoteDirection}
          className="export-quote border-s-2 border-line ps-3"
        >
          {claim.quote.text}
        </blockquote>
      </figure>
      <p className="text-xs text-muted">
        Permalink:{" "}
        <a href={claim.permalink} data-url-shown="" className="break-all underline">
          {claim.permalink}
        </a>
      </p>
    </article>
  );
}
