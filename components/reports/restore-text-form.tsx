"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { restoreReportTextAction } from "@/app/(desk)/reports/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/**
 * An editor makes an earlier text the report's text again; every claim's
 * quote is then found in it, and the report page says how that went.
 */
export function RestoreTextForm({
  reportId,
  reportVersion,
  number,
}: {
  reportId: number;
  reportVersion: number;
  number: number;
}) {
  const t = useTranslations("reports.versions");
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(restoreReportTextAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={reportVersion} />
      <input type="hidden" name="number" value={number} />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("restoring")}>
          {t("restore", { number })}
        </SubmitButton>
      </div>
    </form>
  );
}
