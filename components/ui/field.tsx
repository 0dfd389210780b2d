import { useId, type ReactNode } from "react";

export type ControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

/**
 * A form control's label, hint and field errors, wired to the control for
 * screen readers. `children` renders the control with the props it needs.
 */
export function Field({
  label,
  errors,
  hint,
  children,
}: {
  /** words, or words with a name from the data inside (rich text) */
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const invalid = Boolean(errors?.length);
  const describedBy = [invalid ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children({
        id,
        "aria-invalid": invalid ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

export const controlClass =
  "rounded-md border border-line bg-white px-3 py-2 aria-invalid:border-danger";
