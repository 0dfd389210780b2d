"use client";

import { removeRelationAction } from "@/app/(desk)/claims/[id]/relation-actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/** Removes a link from both cards; shown only to its maker and to editors. */
export function RemoveRelationForm({
  relationId,
  otherClaimId,
}: {
  relationId: number;
  otherClaimId: number;
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(removeRelationAction, {
    refreshOnSuccess: true,
  });
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-1">
      <input type="hidden" name="relationId" value={relationId} />
      <div>
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          disabled={pending}
          aria-label={`Remove link to claim ${otherClaimId}`}
        >
          {pending ? "Removing…" : "Remove link"}
        </Button>
      </div>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
