import { getTableColumns } from "drizzle-orm";
import { users } from "@/db/schema";

/**
 * Every column of a user but the password hash: what the `User` type holds
 * (db/schema/accounts.ts). Selected for the signed-in actor, who travels
 * through pages, props and audit calls where the hash has no business.
 */
const { passwordHash: _passwordHash, ...columns } = getTableColumns(users);
export const userColumns = columns;
