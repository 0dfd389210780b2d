"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { replaceReportTextAction } from "@/app/(desk)/reports/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { ReactNode } from "react";
import { ReportTextSource } from "./report-text-source";

/**
 * Gives an existing report its full text, or a corrected copy of it. Every
 * claim's quote is found again in the new text; the page then says how many
 * were found and lists any that were not.
 */
export function ReportTextForm({
  reportId,
  version,
  submitLabel,
}: {
  reportId: number;
  version: number;
  submitLabel: string;
}) {
  const t = useTranslations("reports.textForm");
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(replaceReportTextAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <ReportTextSource errors={state.fieldErrors} rows={8} />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("pending")}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}

/** The form folded under a summary line, with what importing will do. */
export function ReportTextDetails({
  summary,
  submitLabel,
  reportId,
  version,
  children,
}: {
  summary: string;
  submitLabel: string;
  reportId: number;
  version: number;
  children: ReactNode;
}) {
  return (
    <details className="rounded-lg border border-line bg-white p-4">
      <summary className="cursor-pointer font-medium">{summary}</summary>
      <p className="my-3 text-sm text-muted">{children}</p>
      <ReportTextForm reportId={reportId} version={version} submitLabel={submitLabel} />
    </details>
  );
}
