"use client";

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
import { findDates } from "@/lib/text/dates";

/** A passage about to become a claim: selected in the reader, accepted from a suggestion, or pasted. */
export type ClaimDraft = { quote: string; start: number | null; end: number | null };

/**
 * The new card's fields, prefilled from the passage: the quote itself and the
 * first date it mentions as the event date (the reviewer confirms or clears
 * it). The selection's offsets travel hidden; if the reviewer edits the quote
 * the server looks it up in the text instead. Claims already on the desk that
 * look the same are shown as the statement and quote are written, each with
 * a button that saves the card linked to it.
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
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(createClaimAction);
  const [statement, setStatement] = useState("");
  const [quote, setQuote] = useState(draft.quote);
  const firstDate = findDates(draft.quote)[0];
  const errors = state.fieldErrors;

  if (state.status === "success") {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <div>
          <Button type="button" variant="secondary" onClick={onClose}>
            Back to the report
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
        label="Quote from the report"
        name="quote"
        value={quote}
        onChange={(event) => setQuote(event.currentTarget.value)}
        rows={4}
        lang={language}
        dir="auto"
        hint={
          draft.quote
            ? "Exactly as it appears in the text. Trim it to the words that make the claim."
            : "Paste the passage word for word as it appears in the text."
        }
        errors={errors?.quote}
        className="font-reading text-lg leading-relaxed"
      />
      <TextField
        label="Claim (one sentence in English)"
        name="statement"
        value={statement}
        onChange={(event) => setStatement(event.currentTarget.value)}
        maxLength={STATEMENT_MAX_LENGTH + 40}
        required
        hint={`${statement.length} of ${STATEMENT_MAX_LENGTH} characters. Who did what, when, how many: "China trained 22 Afghan radar specialists".`}
        errors={errors?.statement}
      />
      <SimilarClaims statement={statement} quote={quote} pending={pending} />
      <TextField
        label="Attribution"
        name="attribution"
        hint="Who says so, as the report tells it: “Nezavisimaya Gazeta, citing a leaked MoD document”."
        errors={errors?.attribution}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Event date"
          name="eventDate"
          type="date"
          defaultValue={firstDate?.iso ?? ""}
          hint={
            firstDate ? (
              <>
                Suggested from “<bdi>{draft.quote.slice(firstDate.start, firstDate.end)}</bdi>” in
                the quote.
              </>
            ) : (
              "When the claimed event happened, if the report says."
            )
          }
          errors={errors?.eventDate}
        />
        <Field label="The date is exact to the" errors={errors?.eventDatePrecision}>
          {(control) => (
            <select
              {...control}
              name="eventDatePrecision"
              defaultValue={firstDate?.precision ?? "day"}
              className={controlClass}
            >
              <option value="day">day</option>
              <option value="month">month (stored as the 1st)</option>
              <option value="year">year (stored as 1 January)</option>
            </select>
          )}
        </Field>
      </div>
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save claim
        </SubmitButton>
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
