"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect } from "react";
import { fetchReportFromLinkAction } from "@/app/(desk)/reports/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/**
 * "Import from a link": the desk fetches the page and hands its article and
 * details to the import form (`onFill`) for the person to review; nothing is
 * saved here. A refusal stays under the address, which stays as typed.
 */
export function ReportLinkForm({ onFill }: { onFill: (values: Record<string, string>) => void }) {
  const t = useTranslations("reports.link");
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(fetchReportFromLinkAction);
  useEffect(() => {
    // every answer is a new object: this fills the form once per fetch
    if (state.status === "success" && state.fill) onFill(state.fill);
  }, [state, onFill]);

  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="import-from-link"
      className="flex flex-col gap-3 rounded-md border border-line bg-white p-4"
    >
      <h2 id="import-from-link" className="font-medium">
        {t("heading")}
      </h2>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <TextField
            label={t("label")}
            name="link"
            type="url"
            inputMode="url"
            placeholder="https://"
            dir="ltr"
            className="w-full"
            hint={t("hint")}
            errors={state.fieldErrors?.link}
          />
        </div>
        <SubmitButton
          pending={pending}
          pendingLabel={t("fetching")}
          variant="secondary"
          className="sm:mt-6"
        >
          {t("fetch")}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
