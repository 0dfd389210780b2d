"use client";

import { controlClass, Field } from "@/components/ui/field";

export type FilterChoice = { value: string; label: string };

/**
 * One of the board's menus: a labelled select that applies as soon as it
 * changes. `any` is the first choice, the one that does not narrow.
 */
export function FilterSelect({
  label,
  name,
  value,
  any,
  choices,
  onChange,
}: {
  label: string;
  name: string;
  value: string;
  any?: string;
  choices: FilterChoice[];
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label}>
      {(control) => (
        <select
          {...control}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={`${controlClass} w-full`}
        >
          {any !== undefined && <option value="">{any}</option>}
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
