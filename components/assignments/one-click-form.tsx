"use client";

import type { ComponentProps, ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { FormState } from "@/lib/form-state";

/**
 * An assignment control that is one button: take, release, unassign, assign
 * the proposed deciding look. What it acts on travels in hidden fields; the
 * answer shows under the button and the page refreshes once it has.
 */
export function OneClickForm({
  action,
  fields,
  pendingLabel,
  children,
  ...button
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** the hidden fields: what the action acts on */
  fields: Record<string, string | number>;
  pendingLabel: ReactNode;
  children: ReactNode;
} & Pick<ComponentProps<typeof SubmitButton>, "variant" | "size" | "aria-label">) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(action, {
    refreshOnSuccess: true,
  });
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <SubmitButton pending={pending} pendingLabel={pendingLabel} {...button}>
          {children}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
