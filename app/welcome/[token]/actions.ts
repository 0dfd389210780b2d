"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { RuleViolation } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { translatedFieldErrors, translatedMessage } from "@/lib/i18n/field-errors";
import { AccountLinkRefused, acceptAccountLink } from "@/lib/users/accept-account-link";

const acceptForm = z
  .object({
    token: z.string().max(100),
    password: z
      .string()
      .min(1, "account.password.required")
      .max(PASSWORD_MAX_LENGTH, "account.password.tooLongField"),
    confirmation: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((form) => form.password === form.confirmation, {
    message: "account.password.differ",
    path: ["confirmation"],
  });

/**
 * Public: the person has no session yet, so the one-time token is the only
 * credential, and the data layer checks it under a row lock. On success the
 * new password signs them in, through the same path as the sign-in page (so
 * the sign-in is throttled, recorded and audited like any other).
 */
export async function acceptAccountLinkAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = acceptForm.safeParse(Object.fromEntries(formData));
  const [t, forms] = await Promise.all([getTranslations("account"), getTranslations("forms")]);
  if (!parsed.success) {
    return {
      status: "error",
      message: forms("correctFields"),
      fieldErrors: await translatedFieldErrors(parsed.error),
    };
  }
  let email: string;
  try {
    ({ email } = await acceptAccountLink(parsed.data.token, parsed.data.password));
  } catch (error) {
    if (error instanceof AccountLinkRefused)
      return { status: "error", message: t(`link.${error.reason}.detail`) };
    if (error instanceof RuleViolation)
      return {
        status: "error",
        message: forms("correctFields"),
        fieldErrors: {
          [error.field ?? "password"]: [await translatedMessage(error.message, error.values)],
        },
      };
    throw error;
  }
  try {
    await signIn("credentials", { email, password: parsed.data.password, redirectTo: "/claims" });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes Next's redirect on success
  }
  // the password is set, but signing in was refused (a lockout from earlier guesses, say)
  return {
    status: "success",
    message: t("welcome.passwordSet"),
    link: { href: "/login", label: t("welcome.signIn") },
  };
}
