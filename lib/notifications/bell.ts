import "server-only";
import { cache } from "react";
import type { User } from "@/db/schema";
import { unreadCountedWithSession } from "@/lib/auth/current-user";
import { unreadCount } from "./inbox";

/**
 * The bell on a page: the count the request's session read made beside the
 * user (lib/auth/current-user.ts), so a page asks no more than that; counted
 * afresh when the person is not the session's. Once per render (React's
 * cache): the header's bell and the inbox ask for the same number.
 */
export const bellCount = cache(async (actor: User): Promise<number> => {
  return (await unreadCountedWithSession(actor.id)) ?? unreadCount(actor);
});
