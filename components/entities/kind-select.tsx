import { controlClass, Field } from "@/components/ui/field";

/**
 * The kind of a named thing (an entity's, a source's) as a labelled menu:
 * controlled when the form follows it (choosing a known name picks its
 * kind), or left to the browser with `defaultValue`.
 */
export function KindSelect<K extends string>({
  label,
  choices,
  errors,
  placeholder,
  value,
  defaultValue,
  onChange,
}: {
  label: string;
  choices: ReadonlyArray<{ value: K; label: string }>;
  errors?: string[];
  /** a first, empty choice ("Choose…") when nothing is chosen yet */
  placeholder?: string;
  value?: K | "";
  defaultValue?: K;
  onChange?: (kind: K) => void;
}) {
  return (
    <Field label={label} errors={errors}>
      {(control) => (
        <select
          {...control}
          name="kind"
          value={value}
          defaultValue={defaultValue}
          onChange={onChange && ((event) => onChange(event.currentTarget.value as K))}
          className={controlClass}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
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
