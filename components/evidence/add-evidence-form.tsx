"use client";

import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { Fragment } from "react";
import { addEvidenceAction } from "@/app/(desk)/claims/[id]/evidence-actions";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { typedCode } from "@/components/ui/typed-code";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { stanceOrder } from "./stance";

const webArchives = ["web.archive.org", "archive.today", "perma.cc", "ghostarchive.org"];

/**
 * Links a source to the claim. The fields survive a refusal so a mistyped
 * address can be corrected; after a success they are cleared for the next
 * source. The stance has no default: a reviewer says which way it points.
 */
export function AddEvidenceForm({ claimId }: { claimId: number }) {
  const { state, dispatch, pending, onSubmit, form } = useKeptFormAction(addEvidenceAction, {
    refreshOnSuccess: true,
    resetOnSuccess: true,
  });
  const errors = state.fieldErrors;
  const t = useTranslations("evidence.add");
  const stance = useTranslations("evidence.stance");
  const format = useFormatter();
  return (
    <form
      ref={form}
      action={dispatch}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="add-evidence-heading"
      className="flex flex-col gap-4 rounded-lg border border-line bg-white p-4"
    >
      <h3 id="add-evidence-heading" className="font-semibold">
        {t("heading")}
      </h3>
      <input type="hidden" name="claimId" value={claimId} />
      <TextField
        label={t("link")}
        name="url"
        type="url"
        inputMode="url"
        dir="ltr"
        autoComplete="off"
        placeholder="https://"
        required
        errors={errors?.url}
      />
      <TextField label={t("title")} name="title" dir="auto" required errors={errors?.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("outlet")} name="outlet" dir="auto" errors={errors?.outlet} />
        <TextField
          label={t("publishedOn")}
          name="publishedOn"
          type="date"
          errors={errors?.publishedOn}
        />
      </div>
      <TextField
        label={t("archiveUrl")}
        name="archiveUrl"
        type="url"
        inputMode="url"
        dir="ltr"
        autoComplete="off"
        hint={t.rich("archiveHint", {
          archives: () =>
            format.list(
              webArchives.map((archive) => <Fragment key={archive}>{typedCode(archive)}</Fragment>),
              { type: "disjunction" },
            ),
        })}
        errors={errors?.archiveUrl}
      />
      <ChoiceField
        label={t("stance")}
        name="stance"
        prompt={t("stancePlaceholder")}
        choices={stanceOrder.map((choice) => ({
          value: choice,
          label: stance(`option.${choice}`),
        }))}
        errors={errors?.stance}
      />
      <TextArea
        label={t("quote")}
        name="quote"
        rows={3}
        dir="auto"
        hint={t("quoteHint")}
        errors={errors?.quote}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("adding")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
