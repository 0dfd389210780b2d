"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { checkEvidenceAction } from "@/app/(desk)/claims/[id]/evidence-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/**
 * "Check now": asks the desk to fetch the source's page again in the
 * background. The request only queues the check; the card refreshes when
 * the check lands (the live stream announces it). While a check waits, the
 * button refuses, so a person cannot queue the same fetch twice.
 */
export function CheckEvidenceForm({
  evidenceId,
  title,
  queued,
}: {
  evidenceId: number;
  title: string;
  queued: boolean;
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(checkEvidenceAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("evidence.check");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <div>
        <SubmitButton
          pending={pending}
          pendingLabel={t("asking")}
          disabled={queued}
          size="sm"
          variant="secondary"
          aria-label={t("nowLabel", { title })}
        >
          {queued ? t("underWay") : t("now")}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
