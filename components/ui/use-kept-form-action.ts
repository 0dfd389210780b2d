"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { idleFormState, type FormState } from "@/lib/form-state";

/**
 * useActionState for forms whose input must survive an error. React resets a
 * form after its `action` runs, which would throw away a pasted report or a
 * half-written claim when the server says "please correct…". Submitting
 * through `onSubmit` keeps the fields; `action` stays for when JavaScript has
 * not loaded yet.
 *
 * `refreshOnSuccess` is for the claim page's frequent writes (ratings,
 * evidence, comments, relations, verdicts): their actions answer with the
 * result alone, and the page renders again in a request of its own once the
 * result is shown, instead of the action re-rendering the whole page before
 * it can say "saved" (which is what revalidatePath does).
 *
 * `resetOnSuccess` empties the form (attach the returned `form` ref) once the
 * server accepts it, for forms that add one thing after another (evidence,
 * links, tags); `onReset` clears state the form keeps outside its fields.
 */
export function useKeptFormAction(
  action: (previous: FormState, formData: FormData) => Promise<FormState>,
  options: { refreshOnSuccess?: boolean; resetOnSuccess?: boolean; onReset?: () => void } = {},
) {
  const form = useRef<HTMLFormElement>(null);
  const { refreshOnSuccess = false, resetOnSuccess = false, onReset } = options;
  const [state, dispatch, pending] = useActionState(async (previous: FormState, data: FormData) => {
    const result = await action(previous, data);
    if (resetOnSuccess && result.status === "success") {
      form.current?.reset();
      onReset?.();
    }
    return result;
  }, idleFormState);
  const router = useRouter();
  useEffect(() => {
    // every answer is a new object, so this runs once per successful submission
    if (refreshOnSuccess && state.status === "success") startTransition(() => router.refresh());
  }, [state, refreshOnSuccess, router]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return; // Enter in a field while the last submission is still on its way
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }
  return { state, dispatch, pending, onSubmit, form };
}
