"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useState, type ReactNode } from "react";
import { rateClaimAction } from "@/app/(desk)/claims/[id]/review-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { ReliabilityGrade } from "@/db/schema";
import { SourceRecordsBesideLetters } from "@/components/sources/source-records-beside-letters";
import { RATING_NOTE_MAX_LENGTH } from "@/lib/ratings/rating-note";
import type { SourceRecord } from "@/lib/sources/record-summary";
import { credibilityGrades, reliabilityGrades } from "@/lib/review/grades";

/**
 * The two Admiralty scales as radio groups, each choice with its definition
 * beside it, and beside the reliability letters the record of the claim's
 * sources on this desk, with a caution when the letter chosen disagrees.
 */
export function RatingForm({
  claimId,
  mine,
  sourceRecords,
}: {
  claimId: number;
  mine: { reliability: ReliabilityGrade; credibility: number; note: string | null } | null;
  sourceRecords: SourceRecord[];
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(rateClaimAction, {
    refreshOnSuccess: true,
  });
  const [reliability, setReliability] = useState<ReliabilityGrade | null>(
    mine?.reliability ?? null,
  );
  const errors = state.fieldErrors;
  const t = useTranslations("review.form");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <div className="grid gap-4 md:grid-cols-2">
        <Scale
          legend={t("reliabilityScale")}
          name="reliability"
          checked={mine?.reliability}
          errors={errors?.reliability}
          choices={reliabilityGrades.map((grade) => ({
            value: grade,
            label: t("choice", { grade, label: t(`reliability.${grade}.label`) }),
            definition: t(`reliability.${grade}.definition`),
          }))}
          onChoose={(grade) => setReliability(grade)}
          aside={<SourceRecordsBesideLetters records={sourceRecords} chosen={reliability} />}
        />
        <Scale
          legend={t("credibilityScale")}
          name="credibility"
          checked={mine?.credibility}
          errors={errors?.credibility}
          choices={credibilityGrades.map((grade) => ({
            value: grade,
            label: t("choice", { grade, label: t(`credibility.${grade}.label`) }),
            definition: t(`credibility.${grade}.definition`),
          }))}
        />
      </div>
      <TextArea
        label={t("note")}
        name="note"
        rows={2}
        dir="auto"
        defaultValue={mine?.note ?? ""}
        hint={t("noteHint", { maximum: RATING_NOTE_MAX_LENGTH })}
        errors={errors?.note}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("saving")}>
          {mine ? t("change") : t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}

function Scale<V extends string | number>({
  legend,
  name,
  checked,
  errors,
  choices,
  onChoose,
  aside,
}: {
  legend: string;
  name: string;
  checked: V | undefined;
  errors?: string[];
  choices: Array<{ value: V; label: string; definition: string }>;
  onChoose?: (value: V) => void;
  /** shown after the choices, inside the group they belong to */
  aside?: ReactNode;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="flex flex-col gap-1 rounded-lg border border-line p-3"
      aria-describedby={errors?.length ? errorId : undefined}
    >
      <legend className="px-1 font-medium">{legend}</legend>
      {choices.map((choice) => (
        <label
          key={choice.value}
          className="flex cursor-pointer items-start gap-2 rounded-md p-1.5 hover:bg-paper has-checked:bg-accent/10"
        >
          <input
            type="radio"
            name={name}
            value={choice.value}
            defaultChecked={checked === choice.value}
            onChange={() => onChoose?.(choice.value)}
            className="mt-1"
          />
          <span>
            <span className="font-medium">{choice.label}</span>
            <span className="block text-sm text-muted">{choice.definition}</span>
          </span>
        </label>
      ))}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-danger">
          {errors.join(" ")}
        </p>
      ) : null}
      {aside}
    </fieldset>
  );
}
