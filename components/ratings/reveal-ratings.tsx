"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { revealRatingsAction } from "@/app/(desk)/claims/[id]/review-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/** "Show me first": lifts blind-first rating for this reviewer, on the record. */
export function RevealRatings({ claimId }: { claimId: number }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(revealRatingsAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("review.form");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="claimId" value={claimId} />
      <div>
        <SubmitButton pending={pending} variant="secondary" size="sm">
          {t("reveal")}
        </SubmitButton>
      </div>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
