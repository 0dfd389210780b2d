"use client";

import { renameOwnAccountAction } from "@/app/(desk)/account/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

export function DisplayNameForm({ current }: { current: string }) {
  const { state, dispatch, onSubmit, pending } = useKeptFormAction(renameOwnAccountAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <TextField
        label="Display name"
        name="displayName"
        defaultValue={current}
        autoComplete="name"
        required
        maxLength={120}
        hint="Shown to the desk beside your ratings, comments and verdicts."
        errors={state.fieldErrors?.displayName}
      />
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Saving…" : "Save name"}
        </Button>
      </div>
    </form>
  );
}
