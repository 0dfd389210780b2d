"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { setReportSourceAction } from "@/app/(desk)/reports/[id]/source-actions";
import { KindSelect } from "@/components/entities/kind-select";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { ENTITY_NAME_MAX_LENGTH } from "@/lib/entities/kinds";

/** The report's outlet as a source of the desk, from the version the page showed. */
export function ReportOutletForm({
  reportId,
  version,
  current,
}: {
  reportId: number;
  version: number;
  current: string | null;
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(setReportSourceAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("sourcesPage.outlet");
  const kinds = useTranslations("sourcesPage.kind");
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_auto]">
        <TextField
          label={t("label")}
          name="name"
          dir="auto"
          defaultValue={current ?? ""}
          maxLength={ENTITY_NAME_MAX_LENGTH}
          errors={state.fieldErrors?.name}
        />
        <KindSelect
          label={t("kind")}
          defaultValue="outlet"
          choices={(["outlet", "organisation"] as const).map((k) => ({
            value: k,
            label: kinds(k),
          }))}
          errors={state.fieldErrors?.kind}
        />
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("saving")} variant="secondary" size="sm">
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
