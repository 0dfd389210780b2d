"use client";

import { useTranslations } from "next-intl";
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
  const choice = "inline-flex items-center gap-1.5";
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t("languageField")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {languages.map((option) => (
            <label key={option} lang={option} className={choice}>
              <input
                type="radio"
                name="interfaceLanguage"
                value={option}
                defaultChecked={option === language}
              />
              {languageNames[option]}
            </label>
          ))}
        </div>
        {state.fieldErrors?.interfaceLanguage && (
          <p className="text-sm text-danger">{state.fieldErrors.interfaceLanguage.join(" ")}</p>
        )}
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t("digitsField")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {digitStyles.map((option) => (
            <label key={option} className={choice}>
              <input
                type="radio"
                name="digitStyle"
                value={option}
                defaultChecked={option === digits}
              />
              {t(`digits.${option}`)}
            </label>
          ))}
        </div>
        <p className="text-sm text-muted">{t("digitsHint")}</p>
        {state.fieldErrors?.digitStyle && (
          <p className="text-sm text-danger">{state.fieldErrors.digitStyle.join(" ")}</p>
        )}
      </fieldset>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
