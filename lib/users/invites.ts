import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { assertRole } from "@/lib/auth/authorization";
import { RuleViolation } from "@/lib/errors";
import type { Language } from "@/lib/i18n/languages";
import { accountView, lockTarget } from "./account-admin";
import { inviteInput, type InviteInput } from "./account-input";
import { expireOpenTokens, issueAccountToken, type IssuedToken } from "./account-tokens";

/**
 * Admins invite people and hand out new one-time links. An invited account
 * exists from the start (so its email is taken and its role set) but has no
 * password until the invitee opens the link and chooses one
 * (./accept-account-link.ts). The link itself is returned once, to be shown
 * to the admin, and never stored.
 */

export type Invitation = IssuedToken & {
  userId: string;
  email: string;
  displayName: string;
  /** the account's interface language, for the email; null for someone not signed in yet */
  language: Language | null;
};

export async function inviteAccount(actor: User, input: InviteInput): Promise<Invitation> {
  assertRole(actor, "admin");
  const parsed = inviteInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RuleViolation(issue.message, String(issue.path[0] ?? ""));
  }
  const { email, displayName, role } = parsed.data;
  const taken = new RuleViolation("admin.errors.emailTaken", "email");

  return getDb().transaction(async (tx) => {
    // the unique index on lower(email) settles a race between two invites of one address
    const [invited] = await tx
      .insert(users)
      .values({ email, displayName, role, passwordHash: null, active: true })
      .onConflictDoNothing()
      .returning();
    if (!invited) throw taken;
    const link = await issueAccountToken(tx, {
      userId: invited.id,
      purpose: "invite",
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.invite",
      entityType: "user",
      entityId: invited.id,
      before: null,
      after: {
        ...accountView(invited),
        link: { tokenHashPrefix: link.tokenHashPrefix, expiresAt: link.expiresAt },
      },
    });
    return { ...link, userId: invited.id, email: invited.email, displayName, language: null };
  });
}

/**
 * A new one-time link for an active account: a password reset, or for an
 * invitee who never chose a password, a fresh invite. Earlier links end.
 * The current password keeps working until the link is used.
 */
export async function makeAccountLink(actor: User, userId: string): Promise<Invitation> {
  assertRole(actor, "admin");
  if (userId === actor.id) throw new RuleViolation("admin.errors.ownPassword");
  return getDb().transaction(async (tx) => {
    const target = await lockTarget(tx, userId);
    if (!target.active) throw new RuleViolation("admin.errors.deactivatedLink");
    const link = await issueAccountToken(tx, {
      userId,
      purpose: target.passwordHash === null ? "invite" : "password_reset",
      createdBy: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: link.purpose === "invite" ? "user.reissue_invite" : "user.password_reset_link",
      entityType: "user",
      entityId: userId,
      before: { ...accountView(target), openLinks: link.replaced },
      after: {
        ...accountView(target),
        openLinks: [link.tokenHashPrefix],
        link: { purpose: link.purpose, expiresAt: link.expiresAt },
      },
    });
    return {
      ...link,
      userId,
      email: target.email,
      displayName: target.displayName,
      language: target.interfaceLanguage,
    };
  });
}

/**
 * Withdraws an invite that was not accepted: its links end and the account is
 * deactivated, so it neither signs in nor counts as active. Reactivating it
 * and making a new link invites the person again.
 */
export async function revokeInvite(actor: User, userId: string): Promise<void> {
  assertRole(actor, "admin");
  await getDb().transaction(async (tx) => {
    const target = await lockTarget(tx, userId);
    if (target.passwordHash !== null) throw new RuleViolation("admin.errors.alreadyAccepted");
    const ended = await expireOpenTokens(tx, userId);
    const [updated] = await tx
      .update(users)
      .set({
        active: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, userId), isNull(users.passwordHash)))
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.revoke_invite",
      entityType: "user",
      entityId: userId,
      before: { ...accountView(target), openLinks: ended },
      after: { ...accountView(updated!), openLinks: [] },
    });
  });
}
