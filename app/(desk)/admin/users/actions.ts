"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { formAction } from "@/lib/form-action";
import type { ActionResult } from "@/lib/form-state";
import { mailAccountLink } from "@/lib/mail/account-link-mail";
import { mailConfigured } from "@/lib/mail/send";
import { changeAccountRole, endAllSessions, setAccountActive } from "@/lib/users/account-admin";
import { inviteInput } from "@/lib/users/account-input";
import { accountLinkUrl } from "@/lib/users/account-link-url";
import { inviteAccount, makeAccountLink, revokeInvite, type Invitation } from "@/lib/users/invites";

const accountId = z.uuid("Unknown account.");
const onlyAccount = z.object({ userId: accountId });

const expiry = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * The link goes back to the admin's browser once, in this answer, and is
 * never stored: `link.href` carries it to the one-time-link box.
 */
async function handOver(invitation: Invitation, done: string): Promise<ActionResult> {
  const url = await accountLinkUrl(invitation.token);
  let mailed = "";
  if (mailConfigured()) {
    const outcome = await mailAccountLink({
      to: invitation.email,
      displayName: invitation.displayName,
      purpose: invitation.purpose,
      url,
      expiresAt: invitation.expiresAt,
    });
    mailed = outcome.sent
      ? ` It was also emailed to ${invitation.email}.`
      : ` Emailing it failed (${outcome.reason}): send it yourself.`;
  }
  return {
    status: "success",
    message: `${done} Copy the link now: it is shown only once, works once, and expires ${expiry.format(invitation.expiresAt)} UTC.${mailed}`,
    link: { href: url, label: `One-time link for ${invitation.displayName}` },
  };
}

export const inviteAccountAction = formAction("user.invite", inviteInput, async (input, actor) => {
  const invitation = await inviteAccount(actor, input);
  revalidatePath("/admin/users");
  return handOver(invitation, `Invited ${invitation.email}.`);
});

export const makeAccountLinkAction = formAction(
  "user.make_link",
  onlyAccount,
  async ({ userId }, actor) => {
    const link = await makeAccountLink(actor, userId);
    revalidatePath("/admin/users");
    return handOver(
      link,
      link.purpose === "invite"
        ? "New invite link made; earlier ones no longer work."
        : "Password reset link made; earlier links no longer work. The current password works until it is used.",
    );
  },
);

export const endSessionsAction = formAction(
  "user.end_sessions",
  onlyAccount,
  async ({ userId }, actor) => {
    await endAllSessions(actor, userId);
    revalidatePath("/admin/users");
    return "Every session of this account has ended; it can sign in again.";
  },
);

export const revokeInviteAction = formAction(
  "user.revoke_invite",
  onlyAccount,
  async ({ userId }, actor) => {
    await revokeInvite(actor, userId);
    revalidatePath("/admin/users");
    return "Invite revoked: its link no longer works and the account is deactivated.";
  },
);

export const setAccountActiveAction = formAction(
  "user.set_active",
  z.object({ userId: accountId, active: z.enum(["true", "false"]) }),
  async ({ userId, active }, actor) => {
    await setAccountActive(actor, userId, active === "true");
    revalidatePath("/admin/users");
    return active === "true"
      ? "Account reactivated."
      : "Account deactivated; its sessions have ended.";
  },
);

export const changeAccountRoleAction = formAction(
  "user.change_role",
  z.object({ userId: accountId, role: z.enum(roles, "Choose reviewer, editor or admin.") }),
  async ({ userId, role }, actor) => {
    await changeAccountRole(actor, userId, role);
    revalidatePath("/admin/users");
    return "Role changed.";
  },
);
