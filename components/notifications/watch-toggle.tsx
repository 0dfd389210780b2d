"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { setWatchingAction } from "@/app/(desk)/claims/[id]/watch-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import type { WatchReason } from "@/db/schema/enums";

/** Watch or stop watching a claim: its news then comes (or stops coming) to the bell. */
export function WatchToggle({
  claimId,
  watching,
  reason,
}: {
  claimId: number;
  watching: boolean;
  reason: WatchReason | null;
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(setWatchingAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("claim.watch");
  const summary = !watching
    ? t("notWatching")
    : reason
      ? t("watchingBecause", { reason })
      : t("watching");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="watching" value={watching ? "false" : "true"} />
      <span className="text-xs text-muted">{summary}</span>
      <SubmitButton pending={pending} pendingLabel={t("saving")} variant="secondary" size="sm">
        {watching ? t("stop") : t("watch")}
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
