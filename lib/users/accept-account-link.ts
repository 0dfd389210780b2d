import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { accountTokens, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem, passwordRefusal } from "@/lib/auth/password-policy";
import { accountView } from "./account-admin";
import {
  expireOpenTokens,
  readAccountLink,
  tokenHashPrefix,
  type LinkRefusal,
} from "./account-tokens";

/** The link cannot be used; `reason` says why, for the page to explain. */
export class AccountLinkRefused extends Error {
  constructor(readonly reason: LinkRefusal) {
    super(`account link ${reason}`);
  }
}

/**
 * The invitee (or the person whose password was reset) chooses a password
 * through a one-time link. The password is set, the link marked used, the
 * account's other links ended and its sessions ended, with the audit event,
 * in one transaction that holds the token row: two submissions of one link
 * cannot both succeed. Returns the email to sign in with.
 */
export async function acceptAccountLink(
  token: string,
  password: string,
): Promise<{ email: string }> {
  const preview = await readAccountLink(token);
  if (preview.state !== "valid") throw new AccountLinkRefused(preview.state);
  const problem = passwordProblem(password, preview);
  if (problem) throw passwordRefusal(problem, "password");
  // argon2 takes a moment: outside the transaction, so the lock is held briefly
  const passwordHash = await hashPassword(password);

  return getDb().transaction(async (tx) => {
    const link = await readAccountLink(token, { tx, lock: true });
    if (link.state !== "valid") throw new AccountLinkRefused(link.state);
    const [before] = await tx.select().from(users).where(eq(users.id, link.userId));
    const now = new Date();
    const [after] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, link.userId))
      .returning();
    await tx.update(accountTokens).set({ usedAt: now }).where(eq(accountTokens.id, link.tokenId));
    const ended = await expireOpenTokens(tx, link.userId, link.tokenId);
    await recordAudit(tx, {
      actorId: link.userId,
      action: link.purpose === "invite" ? "user.accept_invite" : "user.reset_password",
      entityType: "user",
      entityId: link.userId,
      before: { ...accountView(before!), openLinks: [tokenHashPrefix(link.tokenHash), ...ended] },
      after: { ...accountView(after!), usedLink: tokenHashPrefix(link.tokenHash), openLinks: [] },
    });
    return { email: after!.email };
  });
}
