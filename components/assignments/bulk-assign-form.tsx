"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { assignSelectedClaimsAction } from "@/app/(desk)/claims/assign-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { BULK_ASSIGN_FORM_ID } from "@/lib/assignments/form-names";
import { MAX_CLAIMS_PER_ASSIGNMENT } from "@/lib/assignments/limits";
import { AssignmentFields, type AssignablePerson } from "./people-fields";

/**
 * The board's bulk assignment, for editors: the cards checked on this page
 * (their boxes belong to this form through `form=`), or every claim that
 * matches the board's filter, to one or more people with a due date and note.
 */
export function BulkAssignForm({
  people,
  filterQuery,
  matching,
}: {
  people: AssignablePerson[];
  /** the board's query string, so "all that match" means this filter */
  filterQuery: string;
  /** claims the filter matches on every page */
  matching: number;
}) {
  const { state, dispatch, pending, onSubmit, form } = useKeptFormAction(
    assignSelectedClaimsAction,
    { refreshOnSuccess: true, resetOnSuccess: true },
  );
  const t = useTranslations("board.assign");
  const tooMany = matching > MAX_CLAIMS_PER_ASSIGNMENT;
  return (
    <details className="rounded-lg border border-line bg-white p-4">
      <summary className="cursor-pointer font-medium">{t("summary")}</summary>
      <form
        ref={form}
        id={BULK_ASSIGN_FORM_ID}
        action={dispatch}
        onSubmit={onSubmit}
        className="mt-3 grid gap-3 md:grid-cols-2"
        noValidate
      >
        <input type="hidden" name="filter" value={filterQuery} />
        <div className="flex flex-col gap-2 md:col-span-2">
          <p className="text-sm text-muted">{t("checkCards")}</p>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="every" value="1" className="size-4" disabled={tooMany} />
            {t("everyMatching", { matching })}
          </label>
          {tooMany && (
            <p className="text-sm text-muted">{t("tooMany", { max: MAX_CLAIMS_PER_ASSIGNMENT })}</p>
          )}
        </div>
        <AssignmentFields people={people} state={state} idPrefix="bulk-assign" />
        <div className="flex flex-col gap-2 md:col-span-2">
          <FormMessage state={state} />
          <div>
            <SubmitButton pending={pending} pendingLabel={t("pending")}>
              {t("submit")}
            </SubmitButton>
          </div>
        </div>
      </form>
    </details>
  );
}
