import type { User } from "@/db/schema";
import { ApiError } from "@/lib/api/api-error";
import { withApiActor } from "@/lib/api/with-api-actor";
import { getCurrentUser } from "@/lib/auth/current-user";
import { claimExists } from "@/lib/claims/card";
import { unreadCount } from "@/lib/notifications/inbox";
import {
  subscribeToClaimChanges,
  waitForClaimChangeFeed,
  type ClaimFeedEvent,
} from "@/lib/live/claim-change-feed";
import { admitLiveStream } from "@/lib/live/streams-per-person";

/**
 * Server-sent events telling open pages that a claim changed:
 * `GET /api/live/claims?claim=ID` for one claim page, without `claim` for the
 * board. Events:
 *
 * - `change`, data `{"claimId":…,"kind":…}`: re-fetch.
 * - `resync`, data `{}`: this server missed notifications while its database
 *   connection was down; re-fetch everything.
 * - `ended`, data `{}`: the viewer is no longer signed in (deactivated, or
 *   their sessions were ended); stop listening.
 * - `displaced`, data `{}`: the viewer opened more streams than one person
 *   may hold (lib/live/streams-per-person.ts) and this, their oldest, is
 *   closed; stop listening.
 * - `notifications`, data `{"unread":N}`: the viewer's own unread count, sent
 *   when the stream opens, after a resync and whenever it changes (the
 *   header's bell). Every page's stream carries it; `?only=notifications`
 *   asks for it alone, for pages that follow no claim.
 *
 * Blind-first: an event carries no grades, notes or text and not who acted.
 * The page re-renders on the server for this viewer, and that render decides
 * what they may see, so hidden ratings stay hidden live too. A viewer's own
 * changes are sent as well: their other tabs should update, and the page
 * that made the change only refreshes once more.
 *
 * The session is checked again at every heartbeat (15 s), so a deactivated
 * user stops receiving within one heartbeat even on a stream opened before.
 */
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const HEARTBEAT_INTERVAL_MS = 15_000;
const CLIENT_RETRY_MS = 2_000;
/** How long a new stream waits for the feed's LISTEN before answering anyway. */
const FEED_READY_TIMEOUT_MS = 3_000;

/** Which claims' changes a stream carries: all (the board), one, or none (only the bell). */
type Scope = { claims: "all" } | { claims: "none" } | { claims: "one"; claimId: number };

/** undefined: every claim; null: not a claim id (answered 404, as claim pages do). */
function claimIdFrom(url: string): number | null | undefined {
  const value = new URL(url).searchParams.get("claim");
  if (value === null) return undefined;
  const id = Number(value);
  return /^\d+$/.test(value) && Number.isSafeInteger(id) && id >= 1 ? id : null;
}

export const GET = withApiActor(
  {
    surface: "live",
    minimumRole: "reviewer",
    attempted: "api:/api/live/claims",
    recordSignedOut: false,
  },
  async (request, { actor: viewer }) => {
    const claimId = claimIdFrom(request.url);
    if (claimId === null) throw new ApiError("not_found:live");
    // a claim the viewer may not see is the data layer's ForbiddenError: a 403, recorded
    if (claimId !== undefined && !(await claimExists(viewer, claimId))) {
      throw new ApiError("not_found:live");
    }

    const onlyNotifications = new URL(request.url).searchParams.get("only") === "notifications";
    const scope: Scope =
      claimId !== undefined
        ? { claims: "one", claimId }
        : onlyNotifications
          ? { claims: "none" }
          : { claims: "all" };
    const stream = claimChangeStream(viewer, scope, request.signal);
    // answer once changes can reach this stream, so "connected" on the page means live
    await waitForClaimChangeFeed(FEED_READY_TIMEOUT_MS);
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        // no-transform also keeps `next start`'s gzip from buffering the stream
        "cache-control": "no-cache, no-transform",
        "x-accel-buffering": "no",
      },
    });
  },
);

function claimChangeStream(viewer: User, scope: Scope, aborted: AbortSignal) {
  const encoder = new TextEncoder();
  let stop = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const sendEvent = (event: string, data: object) =>
        send(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

      // the viewer's own count, read when it may have changed; never anyone else's
      const sendUnread = async () => {
        try {
          sendEvent("notifications", { unread: await unreadCount(viewer) });
        } catch (error) {
          console.error(`[live] could not read the viewer's unread count: ${String(error)}`);
        }
      };

      const unsubscribe = subscribeToClaimChanges((event: ClaimFeedEvent) => {
        if (event.type === "resync") {
          void sendUnread();
          return sendEvent("resync", {});
        }
        if (event.type === "bell") {
          const { recipients } = event.change;
          if (recipients === "all" || recipients.includes(viewer.id)) void sendUnread();
          return;
        }
        const { change } = event;
        if (scope.claims === "none") return;
        if (scope.claims === "one" && change.claimId !== scope.claimId) return;
        // only which claim and what kind of change: never values, never the actor
        sendEvent("change", { claimId: change.claimId, kind: change.kind });
      });

      const heartbeat = setInterval(async () => {
        send(": heartbeat\n\n");
        try {
          const current = await getCurrentUser();
          if (current?.id === viewer.id) return;
          sendEvent("ended", {});
        } catch (error) {
          // cannot tell whether they may still listen: close, the reconnect checks again
          console.error(`[live] could not recheck the viewer's session: ${String(error)}`);
        }
        stop();
      }, HEARTBEAT_INTERVAL_MS);

      // a person's newest streams stay open; the one pushed out tells its page why
      const release = admitLiveStream(viewer.id, () => {
        sendEvent("displaced", {});
        stop();
      });
      stop = () => {
        if (closed) return;
        closed = true;
        release();
        unsubscribe();
        clearInterval(heartbeat);
        aborted.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // already closed by the reader
        }
      };
      aborted.addEventListener("abort", stop);
      if (aborted.aborted) stop();

      send(`retry: ${CLIENT_RETRY_MS}\n: connected\n\n`);
      void sendUnread();
    },
    cancel() {
      stop();
    },
  });
}
