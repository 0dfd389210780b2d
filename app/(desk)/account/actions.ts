"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { formAction } from "@/lib/form-action";
import { digitStyles, languages } from "@/lib/i18n/languages";
import { displayName } from "@/lib/users/account-input";
import {
  changeOwnPassword,
  chooseOwnPreferences,
  endOwnSessions,
  renameOwnAccount,
} from "@/lib/users/own-account";

export const renameOwnAccountAction = formAction(
  "account.rename",
  z.object({ displayName }),
  async (input, actor) => {
    await renameOwnAccount(actor, input.displayName);
    revalidatePath("/", "layout"); // the header shows the name on every page
    return (await getTranslations("account.displayName"))("saved");
  },
);

/** The language and digits the person reads the desk in; the whole page changes with them. */
export const chooseOwnPreferencesAction = formAction(
  "account.preferences",
  z.object({
    interfaceLanguage: z.enum(languages, "language.unknownLanguage"),
    digitStyle: z.enum(digitStyles, "language.unknownDigits"),
  }),
  async (input, actor) => {
    await chooseOwnPreferences(actor, input);
    revalidatePath("/", "layout");
    return (await getTranslations("language"))("saved");
  },
);

const password = z.string().max(PASSWORD_MAX_LENGTH, "account.password.tooLongField");

/**
 * Changing the password ends every session of the account (the data layer
 * bumps its session version), and then signs this browser in again with the
 * new password, through the sign-in page's own path. So other browsers are
 * signed out and this one carries on, with no second way to mint a session.
 * The redirect matters: Auth.js reads the session from the request headers,
 * which an action cannot change, so the page must be rendered by a fresh
 * request that carries the new cookie, as after signing in.
 */
export const changeOwnPasswordAction = formAction(
  "account.change_password",
  z
    .object({
      currentPassword: password.min(1, "account.changePassword.enterCurrent"),
      newPassword: password.min(1, "account.changePassword.chooseNew"),
      confirmation: password,
    })
    .refine((form) => form.newPassword === form.confirmation, {
      message: "account.changePassword.differ",
      path: ["confirmation"],
    }),
  async (input, actor) => {
    const { email } = await changeOwnPassword(actor, input, clientAddress(await headers()));
    try {
      await signIn("credentials", {
        email,
        password: input.newPassword,
        redirectTo: "/account?password=changed",
      });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error; // includes Next's redirect on success
    }
    const t = await getTranslations("account.changePassword");
    return {
      status: "error",
      message: t("signInFailed"),
      link: { href: "/login", label: t("signIn") },
    };
  },
);

export const endOwnSessionsAction = formAction(
  "account.end_sessions",
  z.object({}),
  async (_input, actor) => {
    await endOwnSessions(actor);
    await signOut({ redirectTo: "/login?ended=1" });
  },
);
