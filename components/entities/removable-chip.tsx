"use client";

import type { ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { FormState } from "@/lib/form-state";

/**
 * A name on a card (a tag, a source) with its kind and a × that removes it
 * through `action`, sent with `fields`; the page refreshes once it is gone.
 */
export function RemovableChip({
  action,
  fields,
  removeLabel,
  kindLabel,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string | number>;
  /** the × button's accessible name: "Remove the tag China (country)" */
  removeLabel: string;
  kindLabel: string;
  children: ReactNode;
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(action, {
    refreshOnSuccess: true,
  });
  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      className="flex items-center gap-1 rounded-full border border-line bg-white py-0.5 ps-3 pe-1 text-sm"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <span className="text-muted">({kindLabel})</span>
      <button
        type="submit"
        aria-label={removeLabel}
        aria-disabled={pending || undefined}
        className="rounded-full px-1.5 text-muted hover:bg-paper hover:text-danger"
      >
        ×
      </button>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
