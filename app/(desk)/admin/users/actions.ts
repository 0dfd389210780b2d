"use server";

import { revalidatePath } from "next/cache";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { formAction } from "@/lib/form-action";
import { languageOfLocale } from "@/lib/i18n/languages";
import type { ActionResult } from "@/lib/form-state";
import { mailAccountLink } from "@/lib/mail/account-link-mail";
import { mailConfigured } from "@/lib/mail/send";
import { changeAccountRole, endAllSessions, setAccountActive } from "@/lib/users/account-admin";
import { inviteInput } from "@/lib/users/account-input";
import { accountLinkUrl } from "@/lib/users/account-link-url";
import { inviteAccount, makeAccountLink, revokeInvite, type Invitation } from "@/lib/users/invites";

const accountId = z.uuid("admin.errors.unknownAccount");
const onlyAccount = z.object({ userId: accountId });

/**
 * The link goes back to the admin's browser once, in this answer, and is
 * never stored: `link.href` carries it to the one-time-link box.
 */
async function handOver(invitation: Invitation, done: string): Promise<ActionResult> {
  const url = await accountLinkUrl(invitation.token);
  const [t, format] = await Promise.all([getTranslations("admin.done"), getFormatter()]);
  let mailed = "";
  if (mailConfigured()) {
    const outcome = await mailAccountLink({
      to: invitation.email,
      displayName: invitation.displayName,
      purpose: invitation.purpose,
      url,
      expiresAt: invitation.expiresAt,
      language: invitation.language ?? languageOfLocale(await getLocale()),
    });
    mailed = outcome.sent
      ? ` ${t("mailed", { email: invitation.email })}`
      : ` ${t("mailFailed", { reason: outcome.reason })}`;
  }
  const expires = format.dateTime(invitation.expiresAt, "moment");
  return {
    status: "success",
    message: `${t("handOver", { done, expires })}${mailed}`,
    link: { href: url, label: t("linkFor", { name: invitation.displayName }) },
  };
}

export const inviteAccountAction = formAction("user.invite", inviteInput, async (input, actor) => {
  const invitation = await inviteAccount(actor, input);
  revalidatePath("/admin/users");
  const t = await getTranslations("admin.done");
  return handOver(invitation, t("invited", { email: invitation.email }));
});

export const makeAccountLinkAction = formAction(
  "user.make_link",
  onlyAccount,
  async ({ userId }, actor) => {
    const link = await makeAccountLink(actor, userId);
    revalidatePath("/admin/users");
    const t = await getTranslations("admin.done");
    return handOver(link, link.purpose === "invite" ? t("newInvite") : t("newReset"));
  },
);

export const endSessionsAction = formAction(
  "user.end_sessions",
  onlyAccount,
  async ({ userId }, actor) => {
    await endAllSessions(actor, userId);
    revalidatePath("/admin/users");
    return (await getTranslations("admin.done"))("sessionsEnded");
  },
);

export const revokeInviteAction = formAction(
  "user.revoke_invite",
  onlyAccount,
  async ({ userId }, actor) => {
    await revokeInvite(actor, userId);
    revalidatePath("/admin/users");
    return (await getTranslations("admin.done"))("revoked");
  },
);

export const setAccountActiveAction = formAction(
  "user.set_active",
  z.object({ userId: accountId, active: z.enum(["true", "false"]) }),
  async ({ userId, active }, actor) => {
    await setAccountActive(actor, userId, active === "true");
    revalidatePath("/admin/users");
    const t = await getTranslations("admin.done");
    return active === "true" ? t("reactivated") : t("deactivated");
  },
);

export const changeAccountRoleAction = formAction(
  "user.change_role",
  z.object({ userId: accountId, role: z.enum(roles, "admin.errors.chooseRole") }),
  async ({ userId, role }, actor) => {
    await changeAccountRole(actor, userId, role);
    revalidatePath("/admin/users");
    return (await getTranslations("admin.done"))("roleChanged");
  },
);
