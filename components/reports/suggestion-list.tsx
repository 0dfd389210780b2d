"use client";

import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { dismissSuggestionAction, restoreSuggestionAction } from "@/app/(desk)/reports/actions";
import { useOpenClaimDraft } from "@/components/claims/claim-draft";
import { Button } from "@/components/ui/button";
import { dataText } from "@/components/ui/data-text";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

type Suggestion = { key: string; text: string; start: number; end: number; reasons: string[] };
type Dismissed = { key: string; sentence: string; dismissedBy: string };
type Repeat = Suggestion & { claim: { claimId: number; statement: string; reportTitle: string } };

// the ranking's words for why a sentence was suggested (lib/suggestions/rank.ts), as catalogue keys
const reasonKeys: Record<string, string> = {
  "number word": "numberWord",
  "named entity": "namedEntity",
  "act by a named actor": "namedAct",
};

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
  const t = useTranslations("reports.suggestions");
  const openDraft = useOpenClaimDraft();
  const reasonWords = (reason: string) =>
    reason.startsWith("attribution: ")
      ? t("reasons.attribution", { cue: reason.slice("attribution: ".length) })
      : t.has(`reasons.${reasonKeys[reason] ?? reason}` as "reasons.date")
        ? t(`reasons.${reasonKeys[reason] ?? reason}` as "reasons.date")
        : reason;
  return (
    <section aria-labelledby="suggestions-heading" className="flex flex-col gap-3">
      <div>
        <h2 id="suggestions-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted">{t("about")}</p>
      </div>
      {suggestions.length === 0 ? (
        <p className="rounded-md border border-dashed border-line p-3 text-sm text-muted">
          {t("none")}
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
              <p className="text-xs text-muted">
                {t("why", {
                  reasons: suggestion.reasons.map(reasonWords).join(t("reasonSeparator")),
                })}
              </p>
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
                  {t("makeClaim")}
                </Button>
                <SuggestionToggle
                  action={dismissSuggestionAction}
                  reportId={reportId}
                  suggestionKey={suggestion.key}
                  label={t("notAClaim")}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
      {repeats.length > 0 && (
        <section aria-labelledby="repeats-heading" className="flex flex-col gap-2">
          <h3 id="repeats-heading" className="font-semibold">
            {t("repeatsHeading", { count: repeats.length })}
          </h3>
          <p className="text-sm text-muted">{t("repeatsAbout")}</p>
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
                  {t.rich("repeat", {
                    id: String(repeat.claim.claimId),
                    report: repeat.claim.reportTitle,
                    statement: repeat.claim.statement,
                    link: (chunks) => (
                      <Link
                        href={`/claims/${repeat.claim.claimId}`}
                        className="text-accent underline"
                      >
                        {chunks}
                      </Link>
                    ),
                    bdi: (chunks) => <bdi>{chunks}</bdi>,
                    data: (chunks) => <bdi dir="auto">{chunks}</bdi>,
                  })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {dismissed.length > 0 && (
        <details className="rounded-lg border border-line bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium">
            {t("dismissedHeading", { count: dismissed.length })}
          </summary>
          <ul className="mt-2 flex flex-col gap-2">
            {dismissed.map((entry) => (
              <li key={entry.key} className="flex flex-col gap-1 border-t border-line pt-2">
                <p lang={language} dir="auto" className="font-reading text-muted">
                  {entry.sentence}
                </p>
                <p className="text-xs text-muted">
                  {t.rich("dismissedBy", { name: entry.dismissedBy, data: dataText })}
                </p>
                <SuggestionToggle
                  action={restoreSuggestionAction}
                  reportId={reportId}
                  suggestionKey={entry.key}
                  label={t("suggestAgain")}
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
