"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";

/**
 * Keeps a server-rendered page current: listens to /api/live/claims (one
 * claim, or every claim for the board) and calls `router.refresh()` when
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
// EventSource retries a dropped stream by itself, but gives up on an error
// response (401, 5xx); then this component retries, more slowly each time.
const FIRST_REOPEN_DELAY_MS = 2_000;
const MAX_REOPEN_DELAY_MS = 30_000;

type Connection = "connecting" | "live" | "reconnecting" | "ended";

export function LiveRefresh({ claimId }: { claimId?: number }) {
  const router = useRouter();
  const [connection, setConnection] = useState<Connection>("connecting");
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);

  useEffect(() => {
    const url =
      claimId === undefined
        ? "/api/live/claims"
        : `/api/live/claims?claim=${encodeURIComponent(claimId)}`;
    let source: EventSource | null = null;
    let refreshTimer: number | undefined;
    let reopenTimer: number | undefined;
    let reopenDelay = FIRST_REOPEN_DELAY_MS;
    let lastRefreshAt = 0;
    let interrupted = false;
    let refreshWhenVisible = false;

    function refreshNow() {
      refreshTimer = undefined;
      if (document.visibilityState === "hidden") {
        refreshWhenVisible = true;
        return;
      }
      lastRefreshAt = Date.now();
      startTransition(() => {
        router.refresh();
        setUpdatedAt(new Date());
      });
    }

    function scheduleRefresh() {
      if (refreshTimer !== undefined) return;
      const wait = Math.max(COALESCE_MS, lastRefreshAt + MIN_REFRESH_INTERVAL_MS - Date.now());
      refreshTimer = window.setTimeout(refreshNow, wait);
    }

    function onVisibilityChange() {
      if (document.visibilityState !== "visible" || !refreshWhenVisible) return;
      refreshWhenVisible = false;
      scheduleRefresh();
    }

    function open() {
      reopenTimer = undefined;
      const current = new EventSource(url);
      source = current;
      current.addEventListener("open", () => {
        setConnection("live");
        reopenDelay = FIRST_REOPEN_DELAY_MS;
        if (interrupted) {
          interrupted = false;
          scheduleRefresh();
        }
      });
      current.addEventListener("change", scheduleRefresh);
      current.addEventListener("resync", scheduleRefresh);
      current.addEventListener("ended", () => {
        // Signed out elsewhere, sessions ended or deactivated. No refresh:
        // it would send the page to sign-in and throw away what is being
        // typed; the next click or save meets the sign-in check anyway.
        current.close();
        source = null;
        setConnection("ended");
      });
      current.addEventListener("error", () => {
        if (source !== current) return;
        interrupted = true;
        setConnection("reconnecting");
        if (current.readyState !== EventSource.CLOSED) return; // the browser retries itself
        source = null;
        reopenTimer = window.setTimeout(open, reopenDelay);
        reopenDelay = Math.min(reopenDelay * 2, MAX_REOPEN_DELAY_MS);
      });
    }

    open();
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      document.removeEventListener("visibilitychange", onVisibilityChange);
      window.clearTimeout(refreshTimer);
      window.clearTimeout(reopenTimer);
      source?.close();
      source = null;
    };
  }, [claimId, router]);

  return (
    <p role="status" aria-live="polite" className="text-xs text-muted">
      {statusText(connection, updatedAt)}
      {connection === "ended" && (
        <>
          {" "}
          <a href="/login" target="_blank" rel="noopener" className="underline">
            Sign in again in a new tab
          </a>
        </>
      )}
    </p>
  );
}

function statusText(connection: Connection, updatedAt: Date | null): string {
  switch (connection) {
    case "connecting":
      return "Connecting to live updates…";
    case "reconnecting":
      return "Reconnecting…";
    case "ended":
      return "Your session has ended, so live updates stopped. What you typed stays on this page.";
    case "live":
      return updatedAt
        ? `Live: updated ${updatedAt.toLocaleTimeString(undefined, { hour12: false })}`
        : "Live";
  }
}
