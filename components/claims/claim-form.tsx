"use client";

import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { createClaimAction } from "@/app/(desk)/claims/actions";
import { SimilarClaims } from "@/components/duplicates/similar-claims";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { STATEMENT_MAX_LENGTH } from "@/lib/claims/statement-length";
import {
  statementLanguageOf,
  statementLanguages,
  type StatementLanguage,
} from "@/lib/claims/statement-language";
import { languageOfLocale } from "@/lib/i18n/languages";
import { findDates } from "@/lib/text/dates";

/** A passage about to become a claim: selected in the reader, accepted from a suggestion, or pasted. */
export type ClaimDraft = { quote: string; start: number | null; end: number | null };

/**
 * The new card's fields, prefilled from the passage: the quote itself and the
 * first date it mentions as the event date (the reviewer confirms or clears
 * it). The selection's offsets travel hidden; if the reviewer edits the quote
 * the server looks it up in the text instead. Claims already on the desk that
 * look the same are shown as the statement and quote are written, each with
 * a button that saves the card linked to it. The statement is written in
 * Arabic or English: the form tells which from its letters (the interface's
 * language while it is empty), and the reviewer may say otherwise.
 */
export function ClaimForm({
  reportId,
  language,
  draft,
  onClose,
}: {
  reportId: number;
  language: string;
  draft: ClaimDraft;
  onClose: () => void;
}) {
  const t = useTranslations("makeClaim");
  const interfaceLanguage = languageOfLocale(useLocale());
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(createClaimAction);
  const [statement, setStatement] = useState("");
  const [chosenLanguage, setChosenLanguage] = useState<StatementLanguage | null>(null);
  const statementLanguage =
    chosenLanguage ??
    (statement.trim() ? statementLanguageOf(statement) : (interfaceLanguage as StatementLanguage));
  const [quote, setQuote] = useState(draft.quote);
  const firstDate = findDates(draft.quote)[0];
  const errors = state.fieldErrors;

  if (state.status === "success") {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <div>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t("backToReport")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="quoteStart" value={draft.start ?? ""} />
      <input type="hidden" name="quoteEnd" value={draft.end ?? ""} />
      <TextArea
        label={t("quote")}
        name="quote"
        value={quote}
        onChange={(event) => setQuote(event.currentTarget.value)}
        rows={4}
        lang={language}
        dir="auto"
        hint={draft.quote ? t("quoteHintSelected") : t("quoteHintPasted")}
        errors={errors?.quote}
        className="font-reading text-lg leading-relaxed"
      />
      <TextField
        label={t("statement", { language: statementLanguage })}
        name="statement"
        value={statement}
        onChange={(event) => setStatement(event.currentTarget.value)}
        maxLength={STATEMENT_MAX_LENGTH + 40}
        required
        lang={statementLanguage}
        dir="auto"
        hint={t("statementHint", { length: statement.length, max: STATEMENT_MAX_LENGTH })}
        errors={errors?.statement}
      />
      <Field label={t("statementLanguage")} errors={errors?.statementLanguage}>
        {(control) => (
          <select
            {...control}
            name="statementLanguage"
            value={statementLanguage}
            onChange={(event) => setChosenLanguage(event.target.value as StatementLanguage)}
            className={`${controlClass} w-fit`}
          >
            {statementLanguages.map((language) => (
              <option key={language} value={language}>
                {t("languages", { language })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SimilarClaims statement={statement} quote={quote} pending={pending} />
      <TextField
        label={t("attribution")}
        name="attribution"
        dir="auto"
        hint={t("attributionHint")}
        errors={errors?.attribution}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("eventDate")}
          name="eventDate"
          type="date"
          defaultValue={firstDate?.iso ?? ""}
          hint={
            firstDate
              ? t.rich("eventDateSuggested", {
                  found: draft.quote.slice(firstDate.start, firstDate.end),
                  bdi: (chunks) => <bdi>{chunks}</bdi>,
                })
              : t("eventDateHint")
          }
          errors={errors?.eventDate}
        />
        <Field label={t("precision")} errors={errors?.eventDatePrecision}>
          {(control) => (
            <select
              {...control}
              name="eventDatePrecision"
              defaultValue={firstDate?.precision ?? "day"}
              className={controlClass}
            >
              <option value="day">{t("precisions.day")}</option>
              <option value="month">{t("precisions.month")}</option>
              <option value="year">{t("precisions.year")}</option>
            </select>
          )}
        </Field>
      </div>
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
