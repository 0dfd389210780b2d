import { controlClass, Field } from "./field";

/**
 * A labelled, required choice that starts on a prompt nobody can submit
 * ("Choose the source's stance…"), so a person picks deliberately rather than
 * keeping whichever option happened to come first.
 */
export function ChoiceField({
  label,
  name,
  prompt,
  choices,
  errors,
}: {
  label: string;
  name: string;
  prompt: string;
  choices: ReadonlyArray<{ value: string; label: string }>;
  errors?: string[];
}) {
  return (
    <Field label={label} errors={errors}>
      {(control) => (
        <select {...control} name={name} defaultValue="" className={controlClass} required>
          <option value="" disabled>
            {prompt}
          </option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
