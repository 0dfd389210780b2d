"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useActionState } from "react";
import { endOwnSessionsAction } from "@/app/(desk)/account/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleFormState } from "@/lib/form-state";

export function EndOwnSessionsForm() {
  const [state, submit, pending] = useActionState(endOwnSessionsAction, idleFormState);
  const t = useTranslations("account.page");
  return (
    <form action={submit} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} variant="danger">
          {t("signOutEverywhere")}
        </SubmitButton>
      </div>
    </form>
  );
}
