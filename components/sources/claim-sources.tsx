"use client";

import Link from "next/link";
import { useId, useState } from "react";
import {
  nameClaimSourceAction,
  removeClaimSourceAction,
} from "@/app/(desk)/claims/[id]/source-actions";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { ENTITY_NAME_MAX_LENGTH, entityKindLabels, type EntityKind } from "@/lib/entities/kinds";
import {
  sourceKindHint,
  sourceKindLabels,
  sourceKinds,
  type SourceKind,
} from "@/lib/sources/kinds";

type SourceChoice = { id: number; name: string; kind: EntityKind };
type Suggestion = {
  id: number | null;
  name: string;
  kind: SourceKind;
  from: "attribution" | "outlet";
};

/**
 * Who a claim rests on, besides its attribution chain: the sources named,
 * each a link to its record and removable; suggestions read from the
 * attribution and the report's outlet, each one click; and a form naming a
 * source the desk knows (suggested as typed) or a new one.
 */
export function ClaimSources({
  claimId,
  named,
  suggestions,
  known,
}: {
  claimId: number;
  named: SourceChoice[];
  suggestions: Suggestion[];
  known: SourceChoice[];
}) {
  return (
    <section aria-labelledby="sources-heading" className="flex flex-col gap-3">
      <h2 id="sources-heading" className="text-lg font-semibold">
        Sources
      </h2>
      <p className="text-sm text-muted">
        Who the claim ultimately rests on: its record on this desk shows beside the reliability
        letters when you rate.
      </p>
      {named.length > 0 ? (
        <ul aria-label="Sources the claim rests on" className="flex flex-wrap gap-2">
          {named.map((source) => (
            <li key={source.id}>
              <SourceChip claimId={claimId} source={source} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">No source named yet.</p>
      )}
      {suggestions.length > 0 && (
        <div className="flex flex-col gap-1">
          <p className="text-sm font-medium">Suggested from the attribution and the report</p>
          <ul className="flex flex-wrap gap-2">
            {suggestions.map((suggestion) => (
              <li key={`${suggestion.id ?? "new"}-${suggestion.name}`}>
                <SuggestedSource claimId={claimId} suggestion={suggestion} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <NameSourceForm claimId={claimId} known={known} />
    </section>
  );
}

function SourceChip({ claimId, source }: { claimId: number; source: SourceChoice }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(removeClaimSourceAction, {
    refreshOnSuccess: true,
  });
  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      className="flex items-center gap-1 rounded-full border border-line bg-white py-0.5 ps-3 pe-1 text-sm"
    >
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="sourceId" value={source.id} />
      <Link href={`/sources/${source.id}`} className="text-accent underline" dir="auto">
        {source.name}
      </Link>
      <span className="text-muted">({entityKindLabels[source.kind].toLowerCase()})</span>
      <button
        type="submit"
        aria-label={`Remove the source ${source.name}`}
        aria-disabled={pending || undefined}
        className="rounded-full px-1.5 text-muted hover:bg-paper hover:text-danger"
      >
        ×
      </button>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}

function SuggestedSource({ claimId, suggestion }: { claimId: number; suggestion: Suggestion }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(nameClaimSourceAction, {
    refreshOnSuccess: true,
  });
  const kind = sourceKindLabels[suggestion.kind].toLowerCase();
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="name" value={suggestion.name} />
      <input type="hidden" name="kind" value={suggestion.kind} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {suggestion.id === null ? (
          <span>
            Make and add <bdi>{suggestion.name}</bdi> ({kind})
          </span>
        ) : (
          <span>
            Add <bdi>{suggestion.name}</bdi> ({kind})
          </span>
        )}
      </Button>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}

function NameSourceForm({ claimId, known }: { claimId: number; known: SourceChoice[] }) {
  const [kind, setKind] = useState<SourceKind | "">("");
  const { state, dispatch, pending, onSubmit, form } = useKeptFormAction(nameClaimSourceAction, {
    refreshOnSuccess: true,
    resetOnSuccess: true,
    onReset: () => setKind(""),
  });
  const suggestionsId = useId();
  // choosing a known source picks its kind too
  const takeKindOf = (name: string) => {
    const match = known.find((source) => source.name.toLowerCase() === name.trim().toLowerCase());
    if (match && (sourceKinds as readonly string[]).includes(match.kind)) {
      setKind(match.kind as SourceKind);
    }
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
          label="Name a source"
          name="name"
          dir="auto"
          list={suggestionsId}
          maxLength={ENTITY_NAME_MAX_LENGTH}
          autoComplete="off"
          onChange={(event) => takeKindOf(event.currentTarget.value)}
          errors={state.fieldErrors?.name}
        />
        <Field label="Source kind" errors={state.fieldErrors?.kind}>
          {(control) => (
            <select
              {...control}
              name="kind"
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as SourceKind)}
              className={controlClass}
            >
              <option value="">Choose…</option>
              {sourceKinds.map((k) => (
                <option key={k} value={k}>
                  {sourceKindLabels[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="text-sm text-muted">{sourceKindHint}</p>
      <datalist id={suggestionsId}>
        {known.map((source) => (
          <option key={source.id} value={source.name}>
            {entityKindLabels[source.kind]}
          </option>
        ))}
      </datalist>
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>
          {pending ? "Naming…" : "Name source"}
        </Button>
      </div>
    </form>
  );
}
