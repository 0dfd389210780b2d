import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { ExportReportSection, groupByReport } from "@/components/export/claim-summary";
import { PrintButton } from "@/components/export/print-button";
import { PrintStyles } from "@/components/export/print-styles";
import { selectionInWords } from "@/components/export/selection-in-words";
import { dataText } from "@/components/ui/data-text";
import { requireUser } from "@/lib/auth/current-user";
import { forbidIfNotRole } from "@/lib/auth/page-guard";
import { RuleViolation } from "@/lib/errors";
import { translatedMessage } from "@/lib/i18n/field-errors";
import { requestOrigin } from "@/lib/export/request-origin";
import { exportPublicUrl, firstClaims, prepareExport, recordExport } from "@/lib/export/run";
import { parseExportSelection, selectionSearchParams } from "@/lib/export/selection";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("summary"))("printTitle") };
}

/**
 * More than this is no longer a document anyone prints; the page says so and
 * points to the Markdown and CSV files, which stream any number of claims.
 */
const PRINT_LIMIT = 1_000;

type Problem = { message: string; values?: Record<string, string | number> };

async function Refusal({ problems }: { problems: Problem[] }) {
  const t = await getTranslations("summary");
  const shown = await Promise.all(
    problems.map(({ message, values }) => translatedMessage(message, values)),
  );
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-semibold">{t("printTitle")}</h1>
      <div role="alert" className="rounded-md border border-danger/30 bg-danger/5 p-3 text-sm">
        <p className="font-medium text-danger">{t("cannotPrint")}</p>
        <ul className="list-disc ps-5 text-danger">
          {shown.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </div>
      <Link href="/export" className="text-accent underline">
        {t("backToExport")}
      </Link>
    </div>
  );
}

/**
 * The summary as one A4 document: Print → Save as PDF gives what a desk
 * sends out. The same selection parameters as /export and /api/export; the
 * print is recorded in the audit trail like any other export.
 */
export default async function PrintableSummaryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  await forbidIfNotRole(user, "editor", "page:/export/print");
  const parsed = parseExportSelection(await searchParams);
  if (!parsed.ok) return <Refusal problems={parsed.problems} />;

  let prepared;
  try {
    prepared = await prepareExport(user, parsed.selection);
  } catch (error) {
    if (error instanceof RuleViolation) return <Refusal problems={[error]} />;
    throw error;
  }
  const { resolved, meta } = prepared;
  const claims = await firstClaims(user, resolved, {
    publicUrl: exportPublicUrl(await requestOrigin()),
    limit: PRINT_LIMIT,
  });
  await recordExport(user, meta, "print", { via: "session" }, claims.length);
  const query = selectionSearchParams(parsed.selection).toString();
  const t = await getTranslations("summary");
  const format = await getFormatter();
  const description = await selectionInWords(meta);

  return (
    <ClientMessages namespaces={["summary"]}>
      <div className="export-sheet mx-auto flex max-w-3xl flex-col gap-6">
        <PrintStyles />
        <div className="export-toolbar flex flex-wrap items-center gap-3 rounded-lg border border-line bg-white p-3">
          <PrintButton />
          <Link
            href={query ? `/export?${query}` : "/export"}
            className="text-sm text-accent underline"
          >
            {t("backToSelection")}
          </Link>
          {meta.count > claims.length && (
            <p role="note" className="text-sm text-muted">
              {t("firstShown", { shown: claims.length, count: meta.count })}
            </p>
          )}
        </div>

        <header className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">
            {t.rich(meta.selection.statuses === "all" ? "headingAll" : "headingSummary", {
              organisation: meta.organisation,
              bdi: dataText,
            })}
          </h1>
          <p className="text-sm text-muted">
            {t.rich("byline", {
              at: format.dateTime(meta.generatedAt, "moment"),
              who: meta.generatedBy,
              organisation: meta.organisation,
              description: () => description,
              count: meta.count,
              bdi: dataText,
            })}
          </p>
        </header>

        {claims.length === 0 ? (
          <p role="status" className="rounded-md border border-dashed border-line bg-white p-6">
            {t("nothing")}
          </p>
        ) : (
          groupByReport(claims).map((group) => (
            <ExportReportSection
              key={group.report.id}
              report={group.report}
              claims={group.claims}
            />
          ))
        )}
      </div>
    </ClientMessages>
  );
}
