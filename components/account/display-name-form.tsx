"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { renameOwnAccountAction } from "@/app/(desk)/account/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

export function DisplayNameForm({ current }: { current: string }) {
  const { state, dispatch, onSubmit, pending } = useKeptFormAction(renameOwnAccountAction);
  const t = useTranslations("account");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <TextField
        label={t("displayName.label")}
        name="displayName"
        defaultValue={current}
        autoComplete="name"
        required
        maxLength={120}
        hint={t("displayName.hint")}
        errors={state.fieldErrors?.displayName}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("displayName.save")}
        </SubmitButton>
      </div>
    </form>
  );
}
