"use client";

import {
  assignClaimAction,
  assignDecidingLookAction,
  takeClaimAction,
} from "@/app/(desk)/claims/[id]/assignment-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
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
        <SubmitButton pending={pending} pendingLabel="Assigning…">
          Assign
        </SubmitButton>
      </div>
    </form>
  );
}

/** "I'll check this": take a claim nobody holds. */
export function TakeClaimForm({ claimId }: { claimId: number }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(takeClaimAction, {
    refreshOnSuccess: true,
  });
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="claimId" value={claimId} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Taking…" variant="secondary">
          {"I'll check this"}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
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
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(assignDecidingLookAction, {
    refreshOnSuccess: true,
  });
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="assigneeId" value={proposal.id} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Assigning…">
          {`Assign ${proposal.name}`}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
