"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { changeOwnPasswordAction } from "@/app/(desk)/account/actions";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

export function ChangePasswordForm({ email, minLength }: { email: string; minLength: number }) {
  const { state, dispatch, onSubmit, pending } = useKeptFormAction(changeOwnPasswordAction);
  const t = useTranslations("account.changePassword");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      {/* lets password managers update the right entry */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        label={t("current")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <NewPasswordFields
        name="newPassword"
        label={t("new")}
        repeatLabel={t("repeat")}
        minLength={minLength}
        hint={t("hint", { minimum: minLength })}
        errors={{
          password: state.fieldErrors?.newPassword,
          confirmation: state.fieldErrors?.confirmation,
        }}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("pending")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
