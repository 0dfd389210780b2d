"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { acceptAccountLinkAction } from "@/app/welcome/[token]/actions";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/** The form behind a one-time link: a new password, twice. */
export function SetPasswordForm({
  token,
  email,
  minLength,
  submitLabel,
}: {
  token: string;
  email: string;
  minLength: number;
  submitLabel: string;
}) {
  const { state, dispatch, onSubmit, pending } = useKeptFormAction(acceptAccountLinkAction);
  const t = useTranslations("account");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* lets password managers file the new password under the right account */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <NewPasswordFields
        name="password"
        label={t("newPassword")}
        repeatLabel={t("repeatPassword")}
        minLength={minLength}
        hint={t("newPasswordHint", { minimum: minLength })}
        errors={{
          password: state.fieldErrors?.password,
          confirmation: state.fieldErrors?.confirmation,
        }}
      />
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
