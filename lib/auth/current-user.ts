import "server-only";
import { and, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { sessions, users, type User } from "@/db/schema";
import { oncePerRequest } from "@/lib/once-per-request";
import { unreadNotificationsOf } from "@/lib/notifications/unread";
import { userColumns } from "@/lib/users/user-columns";
import { readSessionCookie } from "./session-cookie";
import { sessionIsLive, sessionNeedsTouch, touchSession } from "./sessions";

/**
 * The session cookie checked against the database, once per request: the
 * account it belongs to, and whether that account still honours it. A
 * session whose account was deactivated, whose sessions were ended (the
 * session version moved on), that was signed out, or that passed its idle or
 * absolute limit (lib/auth/sessions.ts) does not count. One query reads the
 * user and the session together; the session's last-seen time is written at
 * most once a minute. In a server action or route handler too, the read is
 * made once (lib/once-per-request.ts).
 */
type SessionRead = {
  user: User;
  honoured: boolean;
  /** the account's unread notifications when the session was read */
  unread: number;
};

const readSession = oncePerRequest(async (): Promise<SessionRead | null> => {
  const claims = await readSessionCookie();
  if (!claims) return null;
  const [found] = await getDb()
    .select({
      user: userColumns,
      live: sessionIsLive,
      needsTouch: sessionNeedsTouch,
      // every page's header shows the bell's count: read here, it is no round trip of its own
      unread: unreadNotificationsOf(users.id),
    })
    .from(users)
    .innerJoin(sessions, and(eq(sessions.id, claims.sessionId), eq(sessions.userId, users.id)))
    .where(eq(users.id, claims.userId))
    .limit(1);
  if (!found) return null;
  const { user, live, needsTouch, unread } = found;
  const honoured = live && user.active && user.sessionVersion === claims.sessionVersion;
  if (honoured && needsTouch) await touchSession(claims.sessionId);
  return { user, honoured, unread };
});

/**
 * After a write to the caller's own account (their language, their sessions):
 * the rest of the action sees the account as it is now.
 */
export function forgetCurrentUser() {
  readSession.forget();
}

/** The signed-in user as the database knows them now, or null when signed out. */
export async function getCurrentUser(): Promise<User | null> {
  const session = await readSession();
  return session?.honoured ? session.user : null;
}

/**
 * Whose session it was when the request carries one that no longer counts
 * (deactivated, sessions ended, signed out, expired), so a refusal names them.
 */
export async function getEndedSession(): Promise<{
  holderId: string;
  /** deactivated by an admin, rather than its sessions ended */
  deactivated: boolean;
} | null> {
  const session = await readSession();
  return session && !session.honoured
    ? { holderId: session.user.id, deactivated: !session.user.active }
    : null;
}

/**
 * This person's unread notifications as the request's session read counted
 * them, or null when the request's session is someone else's or none. For a
 * page's render; a stream that outlives its request counts afresh.
 */
export async function unreadCountedWithSession(personId: string): Promise<number | null> {
  const session = await readSession();
  return session?.honoured && session.user.id === personId ? session.unread : null;
}

/** For pages: the user, or a redirect to sign in. */
export async function requireUser(): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect("/login?ended=1");
  return user;
}
