import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";

export type UserSummary = Pick<
  User,
  "id" | "email" | "displayName" | "role" | "active" | "createdAt" | "lastLoginAt"
>;

/** Every account, for the admins' user list. */
export async function listUsers(actor: User): Promise<UserSummary[]> {
  assertRole(actor, "admin");
  return getDb()
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .orderBy(asc(users.role), asc(users.email));
}
