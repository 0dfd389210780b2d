"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import {
  assignClaimAction,
  assignDecidingLookAction,
  takeClaimAction,
} from "@/app/(desk)/claims/[id]/assignment-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { OneClickForm } from "./one-click-form";
import { AssignmentFields, type AssignablePerson } from "./people-fields";

/** An editor assigns this claim to one or more people. */
export function AssignClaimForm({
  claimId,
  people,
}: {
  claimId: number;
  people: AssignablePerson[];
}) {
  const { state, dispatch, pending, onSubmit, form } = useKeptFormAction(assignClaimAction, {
    refreshOnSuccess: true,
    resetOnSuccess: true,
  });
  const t = useTranslations("assignment.controls");
  return (
    <form
      ref={form}
      action={dispatch}
      onSubmit={onSubmit}
      className="flex flex-col gap-3"
      noValidate
    >
      <input type="hidden" name="claimId" value={claimId} />
      <AssignmentFields people={people} state={state} idPrefix={`assign-${claimId}`} />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("assigning")}>
          {t("assign")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** "I'll check this": take a claim nobody holds. */
export function TakeClaimForm({ claimId }: { claimId: number }) {
  const t = useTranslations("assignment.controls");
  return (
    <OneClickForm
      action={takeClaimAction}
      fields={{ claimId }}
      pendingLabel={t("taking")}
      variant="secondary"
    >
      {t("take")}
    </OneClickForm>
  );
}

/** The editor's one click on the desk's proposal for a deciding look. */
export function AssignDecidingLookForm({
  claimId,
  proposal,
}: {
  claimId: number;
  proposal: AssignablePerson;
}) {
  const t = useTranslations("assignment.controls");
  return (
    <OneClickForm
      action={assignDecidingLookAction}
      fields={{ claimId, assigneeId: proposal.id }}
      pendingLabel={t("assigning")}
    >
      {t("assignProposed", { name: proposal.name })}
    </OneClickForm>
  );
}
