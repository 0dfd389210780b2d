"use client";

import { useId, useState } from "react";
import { tagClaimAction, untagClaimAction } from "@/app/(desk)/claims/[id]/entity-actions";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import {
  ENTITY_NAME_MAX_LENGTH,
  entityKindLabels,
  entityKinds,
  type EntityKind,
} from "@/lib/entities/kinds";

type EntityChoice = { id: number; name: string; kind: EntityKind };

/**
 * "Who and where" on a claim: its tags, each removable, and a form that tags
 * an entity the desk knows (suggested as you type) or names a new one. The
 * board, the export and the timeline filter by these.
 */
export function EntityTags({
  claimId,
  tagged,
  known,
}: {
  claimId: number;
  tagged: EntityChoice[];
  known: EntityChoice[];
}) {
  return (
    <section aria-labelledby="entities-heading" className="flex flex-col gap-3">
      <h2 id="entities-heading" className="text-lg font-semibold">
        Who and where
      </h2>
      {tagged.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {tagged.map((entity) => (
            <li key={entity.id}>
              <TagChip claimId={claimId} entity={entity} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">
          No country, person, organisation or place tagged yet. Tags let the board, the export and
          the timeline find this claim by who and where.
        </p>
      )}
      <TagForm claimId={claimId} known={known} />
    </section>
  );
}

function TagChip({ claimId, entity }: { claimId: number; entity: EntityChoice }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(untagClaimAction, {
    refreshOnSuccess: true,
  });
  const named = `${entity.name} (${entityKindLabels[entity.kind].toLowerCase()})`;
  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      className="flex items-center gap-1 rounded-full border border-line bg-white py-0.5 ps-3 pe-1 text-sm"
    >
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="entityId" value={entity.id} />
      <span dir="auto">{entity.name}</span>
      <span className="text-muted">({entityKindLabels[entity.kind].toLowerCase()})</span>
      <button
        type="submit"
        aria-label={`Remove the tag ${named}`}
        aria-disabled={pending || undefined}
        className="rounded-full px-1.5 text-muted hover:bg-paper hover:text-danger"
      >
        ×
      </button>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}

function TagForm({ claimId, known }: { claimId: number; known: EntityChoice[] }) {
  const [kind, setKind] = useState<EntityKind | "">("");
  // a refusal keeps what was typed; a success clears the form for the next tag
  const { state, dispatch, pending, onSubmit, form } = useKeptFormAction(tagClaimAction, {
    refreshOnSuccess: true,
    resetOnSuccess: true,
    onReset: () => setKind(""),
  });
  const suggestionsId = useId();
  // choosing a suggestion picks its kind too, unless the name has several
  const takeKindOf = (name: string) => {
    const matches = known.filter((e) => e.name.toLowerCase() === name.trim().toLowerCase());
    if (matches.length === 1) setKind(matches[0]!.kind);
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
          label="Tag who or where"
          name="name"
          dir="auto"
          list={suggestionsId}
          maxLength={ENTITY_NAME_MAX_LENGTH}
          autoComplete="off"
          onChange={(event) => takeKindOf(event.currentTarget.value)}
          errors={state.fieldErrors?.name}
        />
        <Field label="Kind" errors={state.fieldErrors?.kind}>
          {(control) => (
            <select
              {...control}
              name="kind"
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as EntityKind)}
              className={controlClass}
            >
              <option value="">Choose…</option>
              {entityKinds.map((k) => (
                <option key={k} value={k}>
                  {entityKindLabels[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <datalist id={suggestionsId}>
        {known.map((entity) => (
          <option key={entity.id} value={entity.name}>
            {entityKindLabels[entity.kind]}
          </option>
        ))}
      </datalist>
      <FormMessage state={state} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Tagging…" variant="secondary" size="sm">
          Tag
        </SubmitButton>
      </div>
    </form>
  );
}
