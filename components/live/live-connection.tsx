"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";

/**
 * The page's one live stream (/api/live/claims), shared by whatever on the
 * page listens: the header's bell on every page, and LiveRefresh on the board
 * and claim pages. One stream per tab, not one per listener: browsers allow
 * six connections to a host, and a second stream in each of three tabs would
 * use them all.
 *
 * Which claims the stream follows is set by the page's LiveRefresh (all of
 * them, or one); without one it carries only the bell (`?only=notifications`).
 * EventSource retries a dropped stream by itself but gives up on an error
 * answer (401, 5xx); then this retries, more slowly each time.
 */

/** `displaced`: this page's stream was closed for a newer one of the same person's (too many open). */
export type LiveConnectionState = "connecting" | "live" | "reconnecting" | "ended" | "displaced";

/** What listeners hear. `reconnected`: the stream is back after an interruption. */
export type LiveEvent =
  | { type: "change"; claimId: number }
  | { type: "resync" }
  | { type: "reconnected" }
  | { type: "notifications"; unread: number };

type Scope = "none" | "all" | number;
type Listener = (event: LiveEvent) => void;

type LiveApi = {
  state: LiveConnectionState;
  subscribe: (listener: Listener) => () => void;
  follow: (scope: Scope) => () => void;
};

const LiveContext = createContext<LiveApi | null>(null);

const FIRST_REOPEN_DELAY_MS = 2_000;
const MAX_REOPEN_DELAY_MS = 30_000;
/** Lets the page's LiveRefresh say what it follows before the stream opens, so it opens once. */
const OPEN_DELAY_MS = 50;

function urlOf(scope: Scope): string {
  if (scope === "all") return "/api/live/claims";
  if (scope === "none") return "/api/live/claims?only=notifications";
  return `/api/live/claims?claim=${encodeURIComponent(scope)}`;
}

export function LiveConnection({ children }: { children: React.ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const [scope, setScope] = useState<Scope>("none");
  const [state, setState] = useState<LiveConnectionState>("connecting");

  useEffect(() => {
    let source: EventSource | null = null;
    let reopenTimer: number | undefined;
    let reopenDelay = FIRST_REOPEN_DELAY_MS;
    let interrupted = false;
    const emit = (event: LiveEvent) => {
      for (const listener of [...listeners.current]) listener(event);
    };

    function open() {
      reopenTimer = undefined;
      const current = new EventSource(urlOf(scope));
      source = current;
      current.addEventListener("open", () => {
        setState("live");
        reopenDelay = FIRST_REOPEN_DELAY_MS;
        if (interrupted) {
          interrupted = false;
          emit({ type: "reconnected" });
        }
      });
      current.addEventListener("change", (message) => {
        const data = JSON.parse((message as MessageEvent<string>).data) as { claimId: number };
        emit({ type: "change", claimId: data.claimId });
      });
      current.addEventListener("resync", () => emit({ type: "resync" }));
      current.addEventListener("notifications", (message) => {
        const data = JSON.parse((message as MessageEvent<string>).data) as { unread: number };
        emit({ type: "notifications", unread: data.unread });
      });
      current.addEventListener("ended", () => {
        // Signed out elsewhere, sessions ended or deactivated. No reload: it would
        // send the page to sign-in and throw away what is being typed.
        current.close();
        source = null;
        setState("ended");
      });
      current.addEventListener("displaced", () => {
        // reopening would push out another of this person's pages in turn
        current.close();
        source = null;
        setState("displaced");
      });
      current.addEventListener("error", () => {
        if (source !== current) return;
        interrupted = true;
        setState("reconnecting");
        if (current.readyState !== EventSource.CLOSED) return; // the browser retries itself
        source = null;
        reopenTimer = window.setTimeout(open, reopenDelay);
        reopenDelay = Math.min(reopenDelay * 2, MAX_REOPEN_DELAY_MS);
      });
    }

    reopenTimer = window.setTimeout(open, OPEN_DELAY_MS);
    return () => {
      window.clearTimeout(reopenTimer);
      source?.close();
      source = null;
    };
  }, [scope]);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const follow = useCallback((next: Scope) => {
    setScope(next);
    return () => setScope((current) => (current === next ? "none" : current));
  }, []);

  const api = useMemo(() => ({ state, subscribe, follow }), [state, subscribe, follow]);
  return <LiveContext.Provider value={api}>{children}</LiveContext.Provider>;
}

function useLive(): LiveApi {
  const api = useContext(LiveContext);
  if (!api) throw new Error("useLive… must be used inside <LiveConnection>");
  return api;
}

/** The stream's state, for a "Live" line. */
export function useLiveState(): LiveConnectionState {
  return useLive().state;
}

/** Calls `listener` for each event while mounted (keep it stable with useCallback). */
export function useLiveEvents(listener: Listener) {
  const { subscribe } = useLive();
  useEffect(() => subscribe(listener), [subscribe, listener]);
}

/** Makes the stream follow every claim ("all") or one, while mounted. */
export function useFollowClaims(scope: "all" | number) {
  const { follow } = useLive();
  useEffect(() => follow(scope), [follow, scope]);
}
