"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useActionState } from "react";
import { setFirstStepsShownAction } from "@/app/(desk)/dashboard/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleFormState } from "@/lib/form-state";

/**
 * Hides or shows the first steps, a disclosure whose state is remembered
 * for the account. It stays in one place whichever state it is in, so the
 * keyboard's focus stays on it when the page renders again.
 */
export function FirstStepsToggle({ shown, controls }: { shown: boolean; controls: string }) {
  const t = useTranslations("firstSteps");
  const [state, submit, pending] = useActionState(setFirstStepsShownAction, idleFormState);
  return (
    <form action={submit} className="flex flex-col items-end gap-2">
      <input type="hidden" name="shown" value={shown ? "false" : "true"} />
      <SubmitButton
        pending={pending}
        variant="secondary"
        size="sm"
        aria-expanded={shown}
        aria-controls={shown ? controls : undefined}
      >
        {shown ? t("hide") : t("show")}
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
