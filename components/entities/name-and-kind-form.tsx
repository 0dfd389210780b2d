"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { ENTITY_NAME_MAX_LENGTH, type EntityKind } from "@/lib/entities/kinds";
import type { FormState } from "@/lib/form-state";
import { KindSelect } from "./kind-select";

/**
 * Naming something on a claim with its kind, the desk's known names
 * suggested as they are typed (choosing one picks its kind too, when that
 * kind is offered here): the tag form (who and where) and the source form
 * (who a claim rests on). A refusal keeps what was typed; a success empties
 * the form for the next name and refreshes the page.
 */
export function NameAndKindForm<K extends EntityKind>({
  action,
  claimId,
  nameLabel,
  kindLabel,
  kinds,
  known,
  hint,
  submitLabel,
  pendingLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  claimId: number;
  nameLabel: string;
  kindLabel: string;
  kinds: readonly K[];
  known: ReadonlyArray<{ id: number; name: string; kind: EntityKind }>;
  hint?: string;
  submitLabel: string;
  pendingLabel: string;
}) {
  const [kind, setKind] = useState<K | "">("");
  const { state, dispatch, pending, onSubmit, form } = useKeptFormAction(action, {
    refreshOnSuccess: true,
    resetOnSuccess: true,
    onReset: () => setKind(""),
  });
  const suggestionsId = useId();
  const t = useTranslations("entities");
  const takeKindOf = (name: string) => {
    const matches = known.filter((e) => e.name.toLowerCase() === name.trim().toLowerCase());
    const only = matches.length === 1 ? matches[0]!.kind : null;
    if (only && (kinds as readonly EntityKind[]).includes(only)) setKind(only as K);
  };
  return (
    <form
      ref={form}
      action={dispatch}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-2"
    >
      <input type="hidden" name="claimId" value={claimId} />
      <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_auto]">
        <TextField
          label={nameLabel}
          name="name"
          dir="auto"
          list={suggestionsId}
          maxLength={ENTITY_NAME_MAX_LENGTH}
          autoComplete="off"
          onChange={(event) => takeKindOf(event.currentTarget.value)}
          errors={state.fieldErrors?.name}
        />
        <KindSelect
          label={kindLabel}
          placeholder={t("choose")}
          value={kind}
          onChange={setKind}
          choices={kinds.map((k) => ({ value: k, label: t(`kindName.${k as EntityKind}`) }))}
          errors={state.fieldErrors?.kind}
        />
      </div>
      {hint && <p className="text-sm text-muted">{hint}</p>}
      <datalist id={suggestionsId}>
        {known.map((entity) => (
          <option key={entity.id} value={entity.name}>
            {t(`kindName.${entity.kind}`)}
          </option>
        ))}
      </datalist>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel={pendingLabel} variant="secondary" size="sm">
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
