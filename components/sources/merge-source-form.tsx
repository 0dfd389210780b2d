"use client";

import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useId, useState } from "react";
import { mergeSourcesAction } from "@/app/(desk)/sources/[id]/actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { EntityKind } from "@/lib/entities/kinds";

/**
 * Merging this source into another that is the same one. A merge moves
 * every claim, report, evidence link and host and cannot be undone from the
 * desk, so it asks first, in the form: what will move, then "Yes, merge" or
 * keep them apart.
 */
export function MergeSourceForm({
  source,
  choices,
  counts,
}: {
  source: { id: number; name: string; version: number };
  choices: Array<{ id: number; name: string; kind: EntityKind }>;
  counts: { claims: number; reports: number; evidence: number };
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(mergeSourcesAction);
  const [intoId, setIntoId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const confirmationId = useId();
  const kept = choices.find((choice) => String(choice.id) === intoId);
  const t = useTranslations("sourcesPage");
  const format = useFormatter();
  if (state.status === "success") {
    return <FormMessage state={state} />;
  }
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="version" value={source.version} />
      <Field label={t("merge.keep")} hint={t("merge.keepHint")} errors={state.fieldErrors?.intoId}>
        {(control) => (
          <select
            {...control}
            name="intoId"
            value={intoId}
            onChange={(event) => {
              setIntoId(event.currentTarget.value);
              setConfirming(false);
            }}
            className={controlClass}
          >
            <option value="">{t("merge.choose")}</option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {t("merge.choice", { name: choice.name, kind: t(`kindInline.${choice.kind}`) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <Button
          type="button"
          variant="secondary"
          disabled={!kept}
          aria-expanded={confirming}
          aria-controls={confirmationId}
          onClick={() => setConfirming(true)}
        >
          {t("merge.merge")}
        </Button>
      </div>
      <div id={confirmationId}>
        {confirming && kept && (
          <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3">
            <p>
              {t.rich("merge.confirm", {
                source: () => <bdi>{source.name}</bdi>,
                kept: () => <bdi>{kept.name}</bdi>,
                claims: format.number(counts.claims),
                reports: format.number(counts.reports),
                evidence: format.number(counts.evidence),
              })}
            </p>
            <div className="flex flex-wrap gap-2">
              <SubmitButton pending={pending} pendingLabel={t("merge.merging")} variant="danger">
                {t("merge.yes")}
              </SubmitButton>
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
                {t("merge.keepApart")}
              </Button>
            </div>
          </div>
        )}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
