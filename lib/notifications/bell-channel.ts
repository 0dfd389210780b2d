/**
 * The Postgres channel on which every app instance hears that some people's
 * unread count changed, so their bells update live (lib/live/claim-change-feed.ts
 * listens, app/api/live/claims sends). The payload names whom, never what:
 * each stream re-reads its own viewer's count.
 */
import { z } from "zod";

export const NOTIFICATIONS_CHANNEL = "desk_notifications";

/** Beyond this many people in one change, the payload says "everyone" (NOTIFY's 8000-byte limit). */
export const MAX_NAMED_RECIPIENTS = 100;

export type BellChange = { recipients: string[] | "all" };

const payload = z.object({
  recipients: z.union([z.literal("all"), z.array(z.string())]),
});

export function parseBellChange(text: string | undefined): BellChange | null {
  if (!text) return null;
  try {
    const parsed = payload.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
