"use client";

import { useRouter } from "next/navigation";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { useFollowClaims, useLiveEvents, useLiveState, type LiveEvent } from "./live-connection";

/**
 * Keeps a server-rendered page current: makes the page's live stream
 * (live-connection.tsx) follow one claim, or every claim for the board, and
 * calls `router.refresh()` when
 * something changed, so the server components render again for this viewer,
 * with their hiding rules (blind-first ratings stay hidden). The events only
 * say which claim changed; the data always comes through the normal render.
 *
 * A refresh does not lose what the viewer is typing: React reconciles the new
 * server payload into the mounted tree, so client components that stay in
 * place keep their state, and uncontrolled inputs (the kept-form pattern,
 * components/ui/use-kept-form-action.ts) keep their DOM values. Only a form
 * whose key or position in the tree changes would be remounted.
 *
 * Bursts are coalesced: the first change refreshes after 300 ms and at most
 * one refresh runs per second, so a busy board stays well within the
 * two-second promise without rendering on every event. A hidden tab refreshes
 * when it is shown again. After any interruption of the stream the page
 * refreshes once, since changes made meanwhile were not announced to it.
 *
 * Changes that land between the page's render and the stream's opening
 * (usually well under a second) are not replayed.
 */

const COALESCE_MS = 300;
const MIN_REFRESH_INTERVAL_MS = 1_000;

export function LiveRefresh({ claimId }: { claimId?: number }) {
  const router = useRouter();
  const t = useTranslations("claim.live");
  const format = useFormatter();
  const connection = useLiveState();
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const refresh = useRef({ timer: undefined as number | undefined, lastAt: 0, whenVisible: false });
  useFollowClaims(claimId ?? "all");

  const refreshNow = useCallback(() => {
    const state = refresh.current;
    state.timer = undefined;
    if (document.visibilityState === "hidden") {
      state.whenVisible = true;
      return;
    }
    state.lastAt = Date.now();
    startTransition(() => {
      router.refresh();
      setUpdatedAt(new Date());
    });
  }, [router]);

  const scheduleRefresh = useCallback(() => {
    const state = refresh.current;
    if (state.timer !== undefined) return;
    const wait = Math.max(COALESCE_MS, state.lastAt + MIN_REFRESH_INTERVAL_MS - Date.now());
    state.timer = window.setTimeout(refreshNow, wait);
  }, [refreshNow]);

  useLiveEvents(
    useCallback(
      (event: LiveEvent) => {
        if (event.type === "notifications") return;
        if (event.type === "change" && claimId !== undefined && event.claimId !== claimId) return;
        // a change, a resync, or the stream back after an interruption (changes went unannounced)
        scheduleRefresh();
      },
      [claimId, scheduleRefresh],
    ),
  );

  useEffect(() => {
    const state = refresh.current;
    function onVisibilityChange() {
      if (document.visibilityState !== "visible" || !state.whenVisible) return;
      state.whenVisible = false;
      scheduleRefresh();
    }
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      document.removeEventListener("visibilitychange", onVisibilityChange);
      window.clearTimeout(state.timer);
      state.timer = undefined;
    };
  }, [scheduleRefresh]);

  return (
    <p role="status" aria-live="polite" className="text-xs text-muted">
      {connection === "live" && updatedAt
        ? t("updated", {
            time: format.dateTime(updatedAt, {
              hour: "2-digit",
              minute: "2-digit",
              second: "2-digit",
              hourCycle: "h23",
            }),
          })
        : t(connection)}
      {connection === "ended" && (
        <>
          {" "}
          <a href="/login" target="_blank" rel="noopener" className="underline">
            {t("signInAgain")}
          </a>
        </>
      )}
    </p>
  );
}
