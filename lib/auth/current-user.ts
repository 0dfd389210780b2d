import "server-only";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { userColumns } from "@/lib/users/user-columns";
import { readSessionCookie } from "./session-cookie";

/**
 * The session cookie checked against the database, once per request: the
 * account it belongs to, and whether that account still honours it. A
 * session whose account was deactivated, or whose sessions were ended (the
 * session version moved on), does not count.
 */
const readSession = cache(async (): Promise<{ user: User; honoured: boolean } | null> => {
  const session = await readSessionCookie();
  if (!session) return null;
  const [user] = await getDb()
    .select(userColumns)
    .from(users)
    .where(eq(users.id, session.userId))
    .limit(1);
  if (!user) return null;
  return { user, honoured: user.active && user.sessionVersion === session.sessionVersion };
});

/** The signed-in user as the database knows them now, or null when signed out. */
export async function getCurrentUser(): Promise<User | null> {
  const session = await readSession();
  return session?.honoured ? session.user : null;
}

/**
 * Whose session it was when the request carries one its account no longer
 * honours (deactivated, sessions ended), so a refusal names them.
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

/** For pages: the user, or a redirect to sign in. */
export async function requireUser(): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect("/login?ended=1");
  return user;
}
