"use client";

import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import {
  nameClaimSourceAction,
  removeClaimSourceAction,
} from "@/app/(desk)/claims/[id]/source-actions";
import { NameAndKindForm } from "@/components/entities/name-and-kind-form";
import { RemovableChip } from "@/components/entities/removable-chip";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { EntityKind } from "@/lib/entities/kinds";
import { sourceKinds, type SourceKind } from "@/lib/sources/kinds";

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
  const t = useTranslations("claimSources");
  return (
    <section aria-labelledby="sources-heading" className="flex flex-col gap-3">
      <h2 id="sources-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      {named.length > 0 ? (
        <ul aria-label={t("listLabel")} className="flex flex-wrap gap-2">
          {named.map((source) => (
            <li key={source.id}>
              <SourceChip claimId={claimId} source={source} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">{t("none")}</p>
      )}
      {suggestions.length > 0 && (
        <div className="flex flex-col gap-1">
          <p className="text-sm font-medium">{t("suggested")}</p>
          <ul className="flex flex-wrap gap-2">
            {suggestions.map((suggestion) => (
              <li key={`${suggestion.id ?? "new"}-${suggestion.name}`}>
                <SuggestedSource claimId={claimId} suggestion={suggestion} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <NameAndKindForm
        action={nameClaimSourceAction}
        claimId={claimId}
        nameLabel={t("name")}
        kindLabel={t("kind")}
        kinds={sourceKinds}
        known={known}
        hint={t("kindHint")}
        submitLabel={t("submit")}
        pendingLabel={t("pending")}
      />
    </section>
  );
}

function SourceChip({ claimId, source }: { claimId: number; source: SourceChoice }) {
  const t = useTranslations("claimSources");
  const entities = useTranslations("entities");
  return (
    <RemovableChip
      action={removeClaimSourceAction}
      fields={{ claimId, sourceId: source.id }}
      removeLabel={t("removeLabel", { name: source.name })}
      kindLabel={entities(`kindInline.${source.kind}`)}
    >
      <Link href={`/sources/${source.id}`} className="text-accent underline" dir="auto">
        {source.name}
      </Link>
    </RemovableChip>
  );
}

function SuggestedSource({ claimId, suggestion }: { claimId: number; suggestion: Suggestion }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(nameClaimSourceAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("claimSources");
  const entities = useTranslations("entities");
  const named = {
    kind: entities(`kindInline.${suggestion.kind}`),
    name: () => <bdi>{suggestion.name}</bdi>,
  };
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="name" value={suggestion.name} />
      <input type="hidden" name="kind" value={suggestion.kind} />
      <SubmitButton pending={pending} variant="secondary" size="sm">
        <span>{t.rich(suggestion.id === null ? "makeAndAdd" : "add", named)}</span>
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
