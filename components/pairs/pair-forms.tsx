"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { addRelationAction } from "@/app/(desk)/claims/[id]/relation-actions";
import {
  dismissContradictionAction,
  dismissDuplicateAction,
} from "@/app/(desk)/claims/pairs/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

type Pair = { claimId: number; otherClaimId: number };

function PairForm({
  action,
  fields,
  label,
  pendingLabel,
  pairLabel,
  variant,
}: {
  action: typeof addRelationAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** read after the label by screen readers, which meet many such buttons in a list */
  pairLabel: string;
  variant: "primary" | "secondary";
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(action, {
    refreshOnSuccess: true,
  });
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} size="sm" variant={variant}>
        {pending ? pendingLabel : label}
        <span className="sr-only"> {pairLabel}</span>
      </SubmitButton>
      {state.status !== "idle" && <FormMessage state={state} />}
    </form>
  );
}

/**
 * Makes a proposed pair a link between the two cards: "contradicts" for a
 * confirmed contradiction (the note keeps the values), "same_as" for a
 * duplicate. The existing link action, so the link is made and audited as
 * any link a reviewer makes on a card.
 */
export function LinkPairForm({
  pair,
  kind,
  note,
}: {
  pair: Pair;
  kind: "contradicts" | "same_as";
  note: string;
}) {
  const t = useTranslations("pairs.forms");
  return (
    <PairForm
      action={addRelationAction}
      fields={{
        claimId: String(pair.claimId),
        otherClaimId: String(pair.otherClaimId),
        kind,
        note,
      }}
      label={kind === "contradicts" ? t("confirmContradiction") : t("linkSame")}
      pendingLabel={t("linking")}
      pairLabel={t("pairLabel", { left: String(pair.claimId), right: String(pair.otherClaimId) })}
      variant="primary"
    />
  );
}

export function DismissProposalForm({
  kind,
  pair,
  shown,
}: {
  kind: "contradiction" | "duplicate";
  pair: Pair;
  shown: string;
}) {
  const t = useTranslations("pairs.forms");
  return (
    <PairForm
      action={kind === "contradiction" ? dismissContradictionAction : dismissDuplicateAction}
      fields={{
        claimId: String(pair.claimId),
        otherClaimId: String(pair.otherClaimId),
        shown,
      }}
      label={kind === "contradiction" ? t("dismissContradiction") : t("dismissDuplicate")}
      pendingLabel={t("dismissing")}
      pairLabel={t("pairLabel", { left: String(pair.claimId), right: String(pair.otherClaimId) })}
      variant="secondary"
    />
  );
}
