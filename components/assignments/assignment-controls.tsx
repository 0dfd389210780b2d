"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import {
  markAssignmentDoneAction,
  reassignAction,
  releaseAssignmentAction,
  unassignAction,
} from "@/app/(desk)/claims/[id]/assignment-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextArea } from "@/components/ui/text-area";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { ASSIGNMENT_NOTE_MAX } from "@/lib/assignments/form-names";
import { OneClickForm } from "./one-click-form";
import type { AssignablePerson } from "./people-fields";

/**
 * What can be done to one assignment: its assignee releases it or marks it
 * done with a note; an editor unassigns or reassigns it. Each control names
 * the person, so a screen reader hears which row it acts on.
 */

export function ReleaseAssignmentForm({ assignmentId }: { assignmentId: number }) {
  const t = useTranslations("assignment.controls");
  return (
    <OneClickForm
      action={releaseAssignmentAction}
      fields={{ assignmentId }}
      pendingLabel={t("releasing")}
      variant="secondary"
      size="sm"
    >
      {t("release")}
    </OneClickForm>
  );
}

export function MarkDoneForm({ assignmentId }: { assignmentId: number }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(markAssignmentDoneAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("assignment.controls");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-accent">{t("markDoneWithout")}</summary>
      <form action={dispatch} onSubmit={onSubmit} className="mt-2 flex flex-col gap-2" noValidate>
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <TextArea
          label={t("whyNoRating")}
          name="note"
          rows={2}
          dir="auto"
          maxLength={ASSIGNMENT_NOTE_MAX}
          hint={t("whyNoRatingHint")}
          errors={state.fieldErrors?.note}
        />
        <FormMessage state={state} />
        <div>
          <SubmitButton pending={pending} pendingLabel={t("saving")} size="sm">
            {t("markDone")}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}

export function UnassignForm({
  assignmentId,
  assignee,
}: {
  assignmentId: number;
  assignee: string;
}) {
  const t = useTranslations("assignment.controls");
  return (
    <OneClickForm
      action={unassignAction}
      fields={{ assignmentId }}
      pendingLabel={t("unassigning")}
      variant="danger"
      size="sm"
      aria-label={t("unassignPerson", { name: assignee })}
    >
      {t("unassign")}
    </OneClickForm>
  );
}

export function ReassignForm({
  assignmentId,
  assignee,
  people,
}: {
  assignmentId: number;
  assignee: string;
  people: AssignablePerson[];
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(reassignAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("assignment.controls");
  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      className="flex flex-wrap items-end gap-2"
      noValidate
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Field label={t("reassignTo", { name: assignee })} errors={state.fieldErrors?.assigneeId}>
        {(control) => (
          <select
            {...control}
            name="assigneeId"
            defaultValue=""
            className={`${controlClass} text-sm`}
          >
            <option value="" disabled>
              {t("choose")}
            </option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("reassigning")} variant="secondary" size="sm">
        {t("reassign")}
      </SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
