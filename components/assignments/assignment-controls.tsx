"use client";

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
import { ASSIGNMENT_NOTE_MAX } from "@/lib/assignments/assignment-fields";
import { OneClickForm } from "./one-click-form";
import type { AssignablePerson } from "./people-fields";

/**
 * What can be done to one assignment: its assignee releases it or marks it
 * done with a note; an editor unassigns or reassigns it. Each control names
 * the person, so a screen reader hears which row it acts on.
 */

export function ReleaseAssignmentForm({ assignmentId }: { assignmentId: number }) {
  return (
    <OneClickForm
      action={releaseAssignmentAction}
      fields={{ assignmentId }}
      pendingLabel="Releasing…"
      variant="secondary"
      size="sm"
    >
      Release my assignment
    </OneClickForm>
  );
}

export function MarkDoneForm({ assignmentId }: { assignmentId: number }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(markAssignmentDoneAction, {
    refreshOnSuccess: true,
  });
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-accent">Mark done without rating</summary>
      <form action={dispatch} onSubmit={onSubmit} className="mt-2 flex flex-col gap-2" noValidate>
        <input type="hidden" name="assignmentId" value={assignmentId} />
        <TextArea
          label="Why it needs no rating"
          name="note"
          rows={2}
          dir="auto"
          maxLength={ASSIGNMENT_NOTE_MAX}
          hint="For example “duplicate of #12”."
          errors={state.fieldErrors?.note}
        />
        <FormMessage state={state} />
        <div>
          <SubmitButton pending={pending} pendingLabel="Saving…" size="sm">
            Mark done
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
  return (
    <OneClickForm
      action={unassignAction}
      fields={{ assignmentId }}
      pendingLabel="Unassigning…"
      variant="danger"
      size="sm"
      aria-label={`Unassign ${assignee}`}
    >
      Unassign
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
  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      className="flex flex-wrap items-end gap-2"
      noValidate
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Field label={`Reassign ${assignee}'s assignment to`} errors={state.fieldErrors?.assigneeId}>
        {(control) => (
          <select
            {...control}
            name="assigneeId"
            defaultValue=""
            className={`${controlClass} text-sm`}
          >
            <option value="" disabled>
              Choose…
            </option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pending={pending} pendingLabel="Reassigning…" variant="secondary" size="sm">
        Reassign
      </SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
