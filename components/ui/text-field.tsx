import type { InputHTMLAttributes, ReactNode } from "react";
import { controlClass, Field } from "./field";

/** A labelled input with its field errors announced to screen readers. */
export function TextField({
  label,
  errors,
  hint,
  className = "",
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; errors?: string[]; hint?: ReactNode }) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(control) => <input {...control} className={`${controlClass} ${className}`} {...input} />}
    </Field>
  );
}
