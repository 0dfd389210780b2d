"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useCallback, useEffect, useRef, useState, type ComponentProps } from "react";
import { importReportAction } from "@/app/(desk)/reports/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { typedCode } from "@/components/ui/typed-code";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { FormState } from "@/lib/form-state";
import { typedAsIs } from "@/lib/reports/typed-as-is";
import { ReportLinkForm } from "./report-link-form";
import { ReportTextSource } from "./report-text-source";

type Words = ReturnType<typeof useTranslations<"reports.form">>;

/** What is known about the report: each field a link fetch may fill, in the form's order. */
const metadataFields = (
  t: Words,
): (ComponentProps<typeof TextField> & { name: string; wide?: true })[] => [
  { label: t("title"), name: "title", required: true, dir: "auto", wide: true },
  { label: t("outlet"), name: "outlet", dir: "auto", hint: t("outletHint") },
  { label: t("author"), name: "author", dir: "auto" },
  {
    label: t("url"),
    name: "url",
    type: "url",
    inputMode: "url",
    placeholder: "https://",
    dir: "ltr",
  },
  { label: t("publishedOn"), name: "publishedOn", type: "date", hint: t("publishedOnHint") },
  {
    label: t("language"),
    name: "language",
    dir: "ltr",
    autoComplete: "off",
    hint: t.rich("languageHint", { ...typedAsIs, code: typedCode }),
  },
];

type Fetched = { times: number; values: Record<string, string>; supersedes: FormState | null };

const idle: FormState = { status: "idle" };

/**
 * A new report: fetched from a link, or pasted or uploaded, with what is
 * known about it. A fetched page fills the fields (drawn afresh with its
 * values); the person reviews and edits them, and nothing is saved until
 * they import.
 */
export function ReportImportForm() {
  const t = useTranslations("reports.form");
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(importReportAction);
  const [fetched, setFetched] = useState<Fetched>({ times: 0, values: {}, supersedes: null });
  const answer = useRef(state);
  useEffect(() => {
    answer.current = state;
  }, [state]);
  const onFill = useCallback(
    (values: Record<string, string>) =>
      setFetched((last) => ({ times: last.times + 1, values, supersedes: answer.current })),
    [],
  );
  // an answer to an import sent before the last fetch speaks of fields the fetch replaced
  const current = state === fetched.supersedes ? idle : state;
  const errors = current.fieldErrors;
  const value = fetched.values;

  return (
    <div className="flex flex-col gap-6">
      <ReportLinkForm onFill={onFill} />
      <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
        <div key={fetched.times} className="flex flex-col gap-5">
          <fieldset className="grid min-w-0 gap-4 sm:grid-cols-2">
            <legend className="mb-1 font-medium">{t("aboutReport")}</legend>
            {metadataFields(t).map(({ wide, ...field }) => (
              <div key={field.name} className={wide ? "sm:col-span-2" : undefined}>
                <TextField
                  {...field}
                  defaultValue={value[field.name]}
                  errors={errors?.[field.name]}
                />
              </div>
            ))}
          </fieldset>
          <ReportTextSource errors={errors} defaultText={value.text} />
        </div>
        <FormMessage state={current} />
        <div>
          <SubmitButton pending={pending} pendingLabel={t("importing")}>
            {t("import")}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
