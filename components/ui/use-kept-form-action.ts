"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { idleFormState, type FormState } from "@/lib/form-state";

/**
 * useActionState for forms whose input must survive an error. React resets a
 * form after its `action` runs, which would throw away a pasted report or a
 * half-written claim when the server says "please correct…". Submitting
 * through `onSubmit` keeps the fields; `action` stays for when JavaScript has
 * not loaded yet.
 */
export function useKeptFormAction(
  action: (previous: FormState, formData: FormData) => Promise<FormState>,
) {
  const [state, dispatch, pending] = useActionState(action, idleFormState);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }
  return { state, dispatch, pending, onSubmit };
}
