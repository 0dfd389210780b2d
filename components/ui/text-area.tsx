import type { ReactNode, TextareaHTMLAttributes } from "react";
import { controlClass, Field } from "./field";

/** What a labelled text area takes: a textarea's attributes, its label, hint and errors. */
export type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
};

/** A labelled multi-line input with its field errors announced to screen readers. */
export function TextArea({ label, errors, hint, className = "", ...textarea }: TextAreaProps) {
  return (
    <Field label={label} errors={errors} hint={hint}>
      {(control) => (
        <textarea {...control} className={`${controlClass} ${className}`} {...textarea} />
      )}
    </Field>
  );
}
