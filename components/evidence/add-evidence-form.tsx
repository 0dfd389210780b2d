"use client";

import { addEvidenceAction } from "@/app/(desk)/claims/[id]/evidence-actions";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { stanceOrder, stanceStyle } from "./stance";

/**
 * Links a source to the claim. The fields survive a refusal so a mistyped
 * address can be corrected; after a success they are cleared for the next
 * source. The stance has no default: a reviewer says which way it points.
 */
export function AddEvidenceForm({ claimId }: { claimId: number }) {
  const { state, dispatch, pending, onSubmit, form } = useKeptFormAction(addEvidenceAction, {
    refreshOnSuccess: true,
    resetOnSuccess: true,
  });
  const errors = state.fieldErrors;
  return (
    <form
      ref={form}
      action={dispatch}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="add-evidence-heading"
      className="flex flex-col gap-4 rounded-lg border border-line bg-white p-4"
    >
      <h3 id="add-evidence-heading" className="font-semibold">
        Add evidence
      </h3>
      <input type="hidden" name="claimId" value={claimId} />
      <TextField
        label="Link"
        name="url"
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        required
        errors={errors?.url}
      />
      <TextField label="Title" name="title" dir="auto" required errors={errors?.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Outlet" name="outlet" dir="auto" errors={errors?.outlet} />
        <TextField
          label="Published on"
          name="publishedOn"
          type="date"
          errors={errors?.publishedOn}
        />
      </div>
      <TextField
        label="Archived copy"
        name="archiveUrl"
        type="url"
        inputMode="url"
        autoComplete="off"
        hint="Optional: a saved copy in any web archive, such as web.archive.org, archive.today, perma.cc or ghostarchive.org, in case the page changes or goes."
        errors={errors?.archiveUrl}
      />
      <Field label="Stance" errors={errors?.stance}>
        {(control) => (
          <select {...control} name="stance" defaultValue="" className={controlClass} required>
            <option value="" disabled>
              Choose how the source stands…
            </option>
            {stanceOrder.map((stance) => (
              <option key={stance} value={stance}>
                {stanceStyle[stance].option}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextArea
        label="Quote from the source"
        name="quote"
        rows={3}
        dir="auto"
        hint="Optional: the sentence that bears on the claim, in the source's language."
        errors={errors?.quote}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Adding…">
          Add evidence
        </SubmitButton>
      </div>
    </form>
  );
}
