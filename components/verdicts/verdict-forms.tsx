"use client";

import { reopenVerdictAction, setVerdictAction } from "@/app/(desk)/claims/[id]/review-actions";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { verdictLabels } from "@/lib/verdicts/labels";

export function SetVerdictForm({ claimId }: { claimId: number }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(setVerdictAction, {
    refreshOnSuccess: true,
  });
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <Field label="Verdict" errors={state.fieldErrors?.verdict}>
        {(control) => (
          <select {...control} name="verdict" defaultValue="" className={controlClass}>
            <option value="" disabled>
              Choose…
            </option>
            {Object.entries(verdictLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextArea
        label="Rationale"
        name="rationale"
        rows={3}
        dir="auto"
        hint="Published with the verdict in exports: what the evidence shows."
        errors={state.fieldErrors?.rationale}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending}>Set verdict</SubmitButton>
      </div>
    </form>
  );
}

export function ReopenVerdictForm({ claimId }: { claimId: number }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(reopenVerdictAction, {
    refreshOnSuccess: true,
  });
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <TextArea
        label="Why reopen"
        name="reason"
        rows={2}
        dir="auto"
        errors={state.fieldErrors?.reason}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} variant="secondary">
          Reopen for rating
        </SubmitButton>
      </div>
    </form>
  );
}
