"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { reopenVerdictAction, setVerdictAction } from "@/app/(desk)/claims/[id]/review-actions";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { verdictKinds } from "@/db/schema/verdict-kinds";

export function SetVerdictForm({ claimId }: { claimId: number }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(setVerdictAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("review.verdict.form");
  const vocab = useTranslations("vocab");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <Field label={t("label")} errors={state.fieldErrors?.verdict}>
        {(control) => (
          <select {...control} name="verdict" defaultValue="" className={controlClass}>
            <option value="" disabled>
              {t("choose")}
            </option>
            {verdictKinds.map((value) => (
              <option key={value} value={value}>
                {vocab(`verdict.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextArea
        label={t("rationale")}
        name="rationale"
        rows={3}
        dir="auto"
        hint={t("rationaleHint")}
        errors={state.fieldErrors?.rationale}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>{t("set")}</SubmitButton>
      </div>
    </form>
  );
}

export function ReopenVerdictForm({ claimId }: { claimId: number }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(reopenVerdictAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("review.verdict.form");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <TextArea
        label={t("reopenWhy")}
        name="reason"
        rows={2}
        dir="auto"
        errors={state.fieldErrors?.reason}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} variant="secondary">
          {t("reopen")}
        </SubmitButton>
      </div>
    </form>
  );
}
