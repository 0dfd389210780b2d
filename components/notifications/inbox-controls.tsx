"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useCallback } from "react";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
} from "@/app/(desk)/notifications/actions";
import { useLiveEvents, type LiveEvent } from "@/components/live/live-connection";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";

/** "Mark read" on one unread notification. */
export function MarkReadButton({
  notificationId,
  sentence,
}: {
  notificationId: number;
  sentence: string;
}) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(markNotificationReadAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("notifications.inbox");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col items-end gap-1">
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton
        pending={pending}
        pendingLabel={t("marking")}
        variant="secondary"
        size="sm"
        aria-label={t("markReadOf", { sentence })}
      >
        {t("markRead")}
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}

export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const { state, dispatch, pending, onSubmit } = useKeptFormAction(markAllNotificationsReadAction, {
    refreshOnSuccess: true,
  });
  const t = useTranslations("notifications.inbox");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      <div>
        <SubmitButton
          pending={pending}
          pendingLabel={t("marking")}
          disabled={disabled}
          variant="secondary"
          size="sm"
        >
          {t("markAllRead")}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** The inbox renders again when the person's count changes (a new notification, another tab). */
export function InboxLiveRefresh({ unread }: { unread: number }) {
  const router = useRouter();
  useLiveEvents(
    useCallback(
      (event: LiveEvent) => {
        if (event.type === "notifications" && event.unread !== unread) router.refresh();
      },
      [router, unread],
    ),
  );
  return null;
}
