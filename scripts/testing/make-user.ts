import { randomBytes } from "node:crypto";
import { getDb } from "@/db";
import { users, type UserRecord } from "@/db/schema";
import type { Role } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";

/** An account with a unique email, for tests that must not share rows. */
export async function makeUser(
  role: Role,
  options: { password?: string; active?: boolean } = {},
): Promise<UserRecord> {
  const tag = randomBytes(4).toString("hex");
  const [user] = await getDb()
    .insert(users)
    .values({
      email: `${role}-${tag}@test.example`,
      displayName: `${role} ${tag}`,
      role,
      active: options.active ?? true,
      passwordHash: options.password ? await hashPassword(options.password) : null,
    })
    .returning();
  return user!;
}
