import "server-only";
import {
  and,
  asc,
  desc,
  eq,
  gt,
  ilike,
  isNotNull,
  isNull,
  lt,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import { getDb } from "@/db";
import { accountTokens, users, type User } from "@/db/schema";
import { assertRole } from "@/lib/auth/authorization";
import { containing } from "@/lib/text/like";
import type { AccountTokenPurpose } from "./account-tokens";
import type { DirectoryFilter } from "./directory-filter";

/** How many accounts the list shows at most; a desk has far fewer. */
export const DIRECTORY_LIMIT = 500;

export type UserSummary = Pick<
  User,
  "id" | "email" | "displayName" | "role" | "active" | "createdAt" | "lastLoginAt"
> & {
  passwordSet: boolean;
  /** the newest unused link, open or expired: an invite waiting, or a reset not yet used */
  latestLink: { purpose: AccountTokenPurpose; expiresAt: Date } | null;
};

function conditions(filter: DirectoryFilter): SQL | undefined {
  const pattern = containing(filter.q);
  const day = 86_400_000;
  return and(
    filter.q ? or(ilike(users.email, pattern), ilike(users.displayName, pattern)) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.status === "active"
      ? and(eq(users.active, true), isNotNull(users.passwordHash))
      : filter.status === "invited"
        ? and(eq(users.active, true), isNull(users.passwordHash))
        : filter.status === "deactivated"
          ? eq(users.active, false)
          : undefined,
    filter.lastLogin === "never"
      ? isNull(users.lastLoginAt)
      : filter.lastLogin === "7d"
        ? gt(users.lastLoginAt, new Date(Date.now() - 7 * day))
        : filter.lastLogin === "over30d"
          ? lt(users.lastLoginAt, new Date(Date.now() - 30 * day))
          : undefined,
  );
}

/** Accounts for the admins' list, filtered, with each one's newest unused link. */
export async function listUsers(
  actor: User,
  filter: DirectoryFilter,
): Promise<{ accounts: UserSummary[]; total: number }> {
  assertRole(actor, "admin");
  const db = getDb();
  const latestLink = db
    .selectDistinctOn([accountTokens.userId], {
      userId: accountTokens.userId,
      purpose: accountTokens.purpose,
      expiresAt: accountTokens.expiresAt,
    })
    .from(accountTokens)
    .where(isNull(accountTokens.usedAt))
    .orderBy(accountTokens.userId, desc(accountTokens.createdAt))
    .as("latest_link");
  const where = conditions(filter);
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        active: users.active,
        createdAt: users.createdAt,
        lastLoginAt: users.lastLoginAt,
        passwordSet: sql<boolean>`${users.passwordHash} is not null`,
        linkPurpose: latestLink.purpose,
        linkExpiresAt: latestLink.expiresAt,
      })
      .from(users)
      .leftJoin(latestLink, eq(latestLink.userId, users.id))
      .where(where)
      .orderBy(asc(users.role), asc(sql`lower(${users.email})`))
      .limit(DIRECTORY_LIMIT),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(users)
      .where(where),
  ]);
  return {
    accounts: rows.map(({ linkPurpose, linkExpiresAt, ...account }) => ({
      ...account,
      latestLink:
        linkPurpose && linkExpiresAt ? { purpose: linkPurpose, expiresAt: linkExpiresAt } : null,
    })),
    total: count?.total ?? 0,
  };
}
