"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { controlClass, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/text-area";
import { ASSIGNEE_FIELD_PREFIX, ASSIGNMENT_NOTE_MAX } from "@/lib/assignments/form-names";
import type { FormState } from "@/lib/form-state";

export type AssignablePerson = { id: string; name: string };

/**
 * The fields an assignment is made of: one or more people (a checkbox each,
 * so several can be chosen without JavaScript), a due date and a note. The
 * claim page's form and the board's bulk form share them.
 */
export function AssignmentFields({
  people,
  state,
  idPrefix,
}: {
  people: AssignablePerson[];
  state: FormState;
  /** keeps the fields' ids apart when two forms are on one page */
  idPrefix: string;
}) {
  const peopleError = state.fieldErrors?.assignees;
  const t = useTranslations("assignment.form");
  return (
    <>
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={peopleError ? `${idPrefix}-people-error` : undefined}
      >
        <legend className="text-sm font-medium">{t("people")}</legend>
        <div className="flex max-h-48 flex-col gap-1 overflow-y-auto rounded-md border border-line bg-white p-2">
          {people.map((person) => (
            <label key={person.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={`${ASSIGNEE_FIELD_PREFIX}${person.id}`}
                value="1"
                className="size-4"
              />
              <span dir="auto">{person.name}</span>
            </label>
          ))}
        </div>
        {peopleError && (
          <p id={`${idPrefix}-people-error`} className="text-sm text-danger">
            {peopleError.join(" ")}
          </p>
        )}
      </fieldset>
      <Field label={t("dueOptional")} errors={state.fieldErrors?.dueOn} hint={t("dueHint")}>
        {(control) => <input {...control} type="date" name="dueOn" className={controlClass} />}
      </Field>
      <TextArea
        label={t("noteOptional")}
        name="note"
        rows={2}
        dir="auto"
        maxLength={ASSIGNMENT_NOTE_MAX}
        hint={t("noteHint")}
        errors={state.fieldErrors?.note}
      />
    </>
  );
}
