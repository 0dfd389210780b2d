import type { ReactNode, TextareaHTMLAttributes } from "react";
import { controlClass, Field } from "./field";

/** A labelled multi-line input with its field errors announced to screen readers. */
export function TextArea({
  label,
  errors,
  hint,
  className = "",
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  errors?: string[];
  hint?: ReactNode;
}) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(control) => (
        <textarea {...control} className={`${controlClass} ${className}`} {...textarea} />
      )}
    </Field>
  );
}
