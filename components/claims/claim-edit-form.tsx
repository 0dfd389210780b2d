"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { editClaimAction } from "@/app/(desk)/claims/[id]/review-actions";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useDraftVersion } from "@/components/ui/use-draft-version";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/**
 * Edits the card's own words. The version the edit started from travels with
 * it: if someone saved in between, the server refuses, names them and shows
 * their text, and this form keeps yours.
 */
export function ClaimEditForm({
  claim,
}: {
  claim: {
    id: number;
    version: number;
    statement: string;
    attribution: string;
    eventDate: string | null;
    eventDatePrecision: "day" | "month" | "year" | null;
  };
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(editClaimAction, {
    refreshOnSuccess: true,
  });
  const draft = useDraftVersion(claim.version, state);
  const errors = state.fieldErrors;
  const t = useTranslations("claim.edit");
  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      onInput={draft.startDraft}
      className="flex flex-col gap-3"
      noValidate
    >
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={draft.version} />
      <TextField
        label={t("statement")}
        name="statement"
        dir="auto"
        defaultValue={claim.statement}
        errors={errors?.statement}
      />
      <TextField
        label={t("attribution")}
        name="attribution"
        dir="auto"
        defaultValue={claim.attribution}
        errors={errors?.attribution}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("eventDate")}
          name="eventDate"
          type="date"
          defaultValue={claim.eventDate ?? ""}
          errors={errors?.eventDate}
        />
        <Field label={t("precision")}>
          {(control) => (
            <select
              {...control}
              name="eventDatePrecision"
              defaultValue={claim.eventDatePrecision ?? "day"}
              className={controlClass}
            >
              <option value="day">{t("day")}</option>
              <option value="month">{t("month")}</option>
              <option value="year">{t("year")}</option>
            </select>
          )}
        </Field>
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
