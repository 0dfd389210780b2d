"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { removeRelationAction } from "@/app/(desk)/claims/[id]/relation-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/** Removes a link from both cards; shown only to its maker and to editors. */
export function RemoveRelationForm({
  relationId,
  otherClaimId,
}: {
  relationId: number;
  otherClaimId: number;
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(removeRelationAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("relations.unlink");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="relationId" value={relationId} />
      <div>
        <SubmitButton
          pending={pending}
          pendingLabel={t("removing")}
          size="sm"
          variant="secondary"
          aria-label={t("removeLabel", { id: otherClaimId })}
        >
          {t("remove")}
        </SubmitButton>
      </div>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
