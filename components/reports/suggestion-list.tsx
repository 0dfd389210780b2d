"use client";

import Link from "next/link";
import { dismissSuggestionAction, restoreSuggestionAction } from "@/app/(desk)/reports/actions";
import { useOpenClaimDraft } from "@/components/claims/claim-draft";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

type Suggestion = { key: string; text: string; start: number; end: number; reasons: string[] };
type Dismissed = { key: string; sentence: string; dismissedBy: string };
type Repeat = Suggestion & { claim: { claimId: number; statement: string; reportTitle: string } };

/**
 * Sentences that look checkable, strongest first, each with why it was
 * suggested. "Make claim" opens the claim form with the sentence; "Not a
 * claim" hides it for everyone on this report (undone under "Dismissed").
 * Sentences that repeat a claim of another report are listed apart, with
 * that claim, instead of being suggested as new.
 */
export function SuggestionList({
  reportId,
  language,
  suggestions,
  dismissed,
  repeats,
}: {
  reportId: number;
  language: string;
  suggestions: Suggestion[];
  dismissed: Dismissed[];
  repeats: Repeat[];
}) {
  const openDraft = useOpenClaimDraft();
  return (
    <section aria-labelledby="suggestions-heading" className="flex flex-col gap-3">
      <div>
        <h2 id="suggestions-heading" className="text-lg font-semibold">
          Suggested claims
        </h2>
        <p className="text-sm text-muted">
          Sentences with numbers, dates or a named source, most checkable first.
        </p>
      </div>
      {suggestions.length === 0 ? (
        <p className="rounded-md border border-dashed border-line p-3 text-sm text-muted">
          No more suggestions: every likely sentence is a claim or was dismissed.
        </p>
      ) : (
        <ol className="flex flex-col gap-2">
          {suggestions.map((suggestion) => (
            <li
              key={suggestion.key}
              className="flex flex-col gap-2 rounded-lg border border-line bg-white p-3"
            >
              <p lang={language} dir="auto" className="font-reading leading-relaxed">
                {suggestion.text}
              </p>
              <p className="text-xs text-muted">Why: {suggestion.reasons.join(", ")}</p>
              <div className="flex flex-wrap gap-2">
                <Button
                  type="button"
                  size="sm"
                  onClick={() =>
                    openDraft({
                      quote: suggestion.text,
                      start: suggestion.start,
                      end: suggestion.end,
                    })
                  }
                >
                  Make claim
                </Button>
                <SuggestionToggle
                  action={dismissSuggestionAction}
                  reportId={reportId}
                  suggestionKey={suggestion.key}
                  label="Not a claim"
                />
              </div>
            </li>
          ))}
        </ol>
      )}
      {repeats.length > 0 && (
        <section aria-labelledby="repeats-heading" className="flex flex-col gap-2">
          <h3 id="repeats-heading" className="font-semibold">
            Already on the desk ({repeats.length})
          </h3>
          <p className="text-sm text-muted">
            These sentences say what a claim from another report says; they are marked with a dashed
            line in the text.
          </p>
          <ul className="flex flex-col gap-2">
            {repeats.map((repeat) => (
              <li
                key={repeat.key}
                className="flex flex-col gap-1 rounded-lg border border-dashed border-sky-600 bg-white p-3"
              >
                <p lang={language} dir="auto" className="font-reading leading-relaxed">
                  {repeat.text}
                </p>
                <p className="text-sm">
                  <Link href={`/claims/${repeat.claim.claimId}`} className="text-accent underline">
                    Already claim {repeat.claim.claimId} from another report
                  </Link>{" "}
                  (<bdi>{repeat.claim.reportTitle}</bdi>): {repeat.claim.statement}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {dismissed.length > 0 && (
        <details className="rounded-lg border border-line bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium">Dismissed ({dismissed.length})</summary>
          <ul className="mt-2 flex flex-col gap-2">
            {dismissed.map((entry) => (
              <li key={entry.key} className="flex flex-col gap-1 border-t border-line pt-2">
                <p lang={language} dir="auto" className="font-reading text-muted">
                  {entry.sentence}
                </p>
                <p className="text-xs text-muted">Dismissed by {entry.dismissedBy}</p>
                <SuggestionToggle
                  action={restoreSuggestionAction}
                  reportId={reportId}
                  suggestionKey={entry.key}
                  label="Suggest again"
                />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function SuggestionToggle({
  action,
  reportId,
  suggestionKey,
  label,
}: {
  action: typeof dismissSuggestionAction;
  reportId: number;
  suggestionKey: string;
  label: string;
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(action);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="key" value={suggestionKey} />
      <SubmitButton pending={pending} size="sm" variant="secondary">
        {label}
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
