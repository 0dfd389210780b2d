import "server-only";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { userColumns } from "@/lib/users/user-columns";
import { readSessionCookie } from "./session-cookie";

/**
 * The signed-in user as the database knows them now, once per request. A
 * session whose account was deactivated, or whose sessions were ended (the
 * session version moved on), counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const session = await readSessionCookie();
  if (!session) return null;
  const [user] = await getDb()
    .select(userColumns)
    .from(users)
    .where(eq(users.id, session.userId))
    .limit(1);
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return user;
});

/** For pages: the user, or a redirect to sign in. */
export async function requireUser(): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect("/login?ended=1");
  return user;
}
