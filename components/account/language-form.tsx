"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { chooseOwnPreferencesAction } from "@/app/(desk)/account/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import {
  digitStyles,
  languageNames,
  languages,
  type DigitStyle,
  type Language,
} from "@/lib/i18n/languages";

/** The person's interface language (each named in itself) and the digits their numbers use. */
export function LanguageForm({ language, digits }: { language: Language; digits: DigitStyle }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(chooseOwnPreferencesAction);
  const t = useTranslations("language");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3">
      <RadioChoices
        legend={t("languageField")}
        name="interfaceLanguage"
        options={languages.map((option) => ({
          value: option,
          label: languageNames[option],
          lang: option,
        }))}
        checked={language}
        errors={state.fieldErrors?.interfaceLanguage}
      />
      <RadioChoices
        legend={t("digitsField")}
        name="digitStyle"
        options={digitStyles.map((option) => ({ value: option, label: t(`digits.${option}`) }))}
        checked={digits}
        hint={t("digitsHint")}
        errors={state.fieldErrors?.digitStyle}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** One choice among a few, as radio buttons in a row under their legend. */
function RadioChoices({
  legend,
  name,
  options,
  checked,
  hint,
  errors,
}: {
  legend: string;
  name: string;
  options: Array<{ value: string; label: string; lang?: string }>;
  checked: string;
  hint?: string;
  errors?: string[];
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {options.map((option) => (
          <label key={option.value} lang={option.lang} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={option.value === checked}
            />
            {option.label}
          </label>
        ))}
      </div>
      {hint && <p className="text-sm text-muted">{hint}</p>}
      {errors && <p className="text-sm text-danger">{errors.join(" ")}</p>}
    </fieldset>
  );
}
