"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { retractEvidenceAction } from "@/app/(desk)/claims/[id]/evidence-actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { useDraftVersion } from "@/components/ui/use-draft-version";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/**
 * Retracting asks for a reason, which stays on the card. The version the
 * page showed when the reason was begun travels with it, so retracting what
 * someone else has just retracted or changed is refused rather than
 * overwritten.
 */
export function RetractEvidenceForm({
  evidenceId,
  version,
  title,
}: {
  evidenceId: number;
  version: number;
  title: string;
}) {
  const [open, setOpen] = useState(false);
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(retractEvidenceAction, {
    refreshOnSuccess: true,
  });
  const draft = useDraftVersion(version, state);
  const t = useTranslations("evidence.retract");
  if (!open) {
    return (
      <div>
        <Button
          type="button"
          size="sm"
          variant="danger"
          aria-label={t("openLabel", { title })}
          onClick={() => setOpen(true)}
        >
          {t("open")}
        </Button>
      </div>
    );
  }
  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      onInput={draft.startDraft}
      noValidate
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <input type="hidden" name="version" value={draft.version} />
      <TextArea
        label={t("reason")}
        name="reason"
        rows={2}
        dir="auto"
        required
        hint={t("reasonHint")}
        errors={state.fieldErrors?.reason}
      />
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel={t("retracting")} size="sm" variant="danger">
          {t("submit")}
        </SubmitButton>
        <Button type="button" size="sm" variant="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
