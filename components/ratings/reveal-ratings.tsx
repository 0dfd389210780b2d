"use client";

import { revealRatingsAction } from "@/app/(desk)/claims/[id]/review-actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/** "Show me first": lifts blind-first rating for this reviewer, on the record. */
export function RevealRatings({ claimId }: { claimId: number }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(revealRatingsAction, {
    refreshOnSuccess: true,
  });
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="claimId" value={claimId} />
      <div>
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>
          Reveal their ratings before I rate
        </Button>
      </div>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
