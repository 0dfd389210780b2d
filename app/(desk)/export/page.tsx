import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { ExportReportSection, groupByReport } from "@/components/export/claim-summary";
import { ExportDownloads } from "@/components/export/export-downloads";
import { ExportSelectionForm, formValuesFrom } from "@/components/export/selection-form";
import { selectionInWords } from "@/components/export/selection-in-words";
import { requireUser } from "@/lib/auth/current-user";
import { forbidIfNotRole } from "@/lib/auth/page-guard";
import { RuleViolation } from "@/lib/errors";
import { listExportChoices } from "@/lib/export/choices";
import { exportPublicUrl, firstClaims, prepareExport } from "@/lib/export/run";
import { requestOrigin } from "@/lib/export/request-origin";
import { parseExportSelection, selectionSearchParams } from "@/lib/export/selection";
import { translatedMessage } from "@/lib/i18n/field-errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("export"))("title") };
}

/** Claims shown in the preview, as they will appear in the summary. */
const PREVIEW_SIZE = 5;

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

type Errors = Partial<Record<"report" | "entity" | "from" | "to" | "status", string[]>>;

async function previewOf(
  user: Awaited<ReturnType<typeof requireUser>>,
  searchParams: Record<string, string | string[] | undefined>,
) {
  const parsed = parseExportSelection(searchParams);
  if (!parsed.ok) {
    const errors: Errors = {};
    for (const { parameter, message, values } of parsed.problems) {
      const field = parameter as keyof Errors;
      errors[field] = [...(errors[field] ?? []), await translatedMessage(message, values)];
    }
    return { errors, preview: null };
  }
  try {
    const { resolved, meta } = await prepareExport(user, parsed.selection);
    const claims =
      meta.count > 0
        ? await firstClaims(user, resolved, {
            publicUrl: exportPublicUrl(await requestOrigin()),
            limit: PREVIEW_SIZE,
          })
        : [];
    return {
      errors: {},
      preview: {
        meta,
        claims,
        query: selectionSearchParams(parsed.selection).toString(),
        description: await selectionInWords(meta),
      },
    };
  } catch (error) {
    if (error instanceof RuleViolation) {
      const message = await translatedMessage(error.message, error.values);
      return { errors: { [error.field ?? "status"]: [message] } as Errors, preview: null };
    }
    throw error;
  }
}

export default async function ExportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  await forbidIfNotRole(user, "editor", "page:/export");
  const params = await searchParams;
  const [choices, { errors, preview }, t] = await Promise.all([
    listExportChoices(user),
    previewOf(user, params),
    getTranslations("export"),
  ]);
  const problems = Object.values(errors).flat();

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted">{t("intro")}</p>
        </div>
        <Link href="/export/tokens" className="text-sm text-accent underline">
          {t("tokensLink")}
        </Link>
      </div>

      <ExportSelectionForm values={formValuesFrom(params)} choices={choices} errors={errors} />

      <section aria-labelledby="export-preview-heading" className="flex flex-col gap-4">
        <h2 id="export-preview-heading" className="text-xl font-semibold">
          {t("previewHeading")}
        </h2>
        {problems.length > 0 && (
          <div role="alert" className="rounded-md border border-danger/30 bg-danger/5 p-3 text-sm">
            <p className="font-medium text-danger">{t("cannotExport")}</p>
            <ul className="list-disc ps-5 text-danger">
              {problems.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        {preview && (
          <>
            <p role="status" className="text-sm">
              {preview.meta.count === 0
                ? t.rich("nothingMatches", { description: () => preview.description, strong })
                : t.rich("matches", {
                    count: preview.meta.count,
                    description: () => preview.description,
                    strong,
                  })}
              {preview.meta.count > PREVIEW_SIZE && ` ${t("firstShown", { shown: PREVIEW_SIZE })}`}
            </p>
            {preview.meta.count > 0 && (
              <>
                <ExportDownloads query={preview.query} />
                <div className="flex flex-col gap-6">
                  {groupByReport(preview.claims).map((group) => (
                    <ExportReportSection
                      key={group.report.id}
                      report={group.report}
                      claims={group.claims}
                      headingLevel={3}
                    />
                  ))}
                </div>
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
