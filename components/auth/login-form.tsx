"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { signInWithPassword } from "@/app/login/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { idleFormState } from "@/lib/form-state";

export function LoginForm({ next }: { next?: string }) {
  const [state, submit, pending] = useActionState(signInWithPassword, idleFormState);
  const t = useTranslations("auth");
  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="next" value={next ?? ""} />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        errors={state.fieldErrors?.email}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingLabel={t("signingIn")}>
        {t("signIn")}
      </SubmitButton>
    </form>
  );
}
