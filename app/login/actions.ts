"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "@/lib/i18n/get-translations";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import type { FormState } from "@/lib/form-state";
import { translatedFieldErrors } from "@/lib/i18n/field-errors";

const loginForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, "auth.errors.emailRequired")
    .max(320, "auth.errors.emailTooLong")
    .pipe(z.email("auth.errors.emailInvalid")),
  password: z
    .string()
    .min(1, "auth.errors.passwordRequired")
    .max(1024, "auth.errors.passwordTooLong"),
  next: z.string().optional(),
});

export async function signInWithPassword(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = loginForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", fieldErrors: await translatedFieldErrors(parsed.error) };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNextPath(parsed.data.next),
    });
    return { status: "success" };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes Next's redirect on success
    const t = await getTranslations("auth.errors");
    const code = "code" in error && typeof error.code === "string" ? error.code : "";
    if (code.startsWith("locked:")) {
      const minutes = Math.max(1, Math.ceil(Number(code.slice("locked:".length)) / 60));
      return {
        status: "error",
        message: t("locked", { minutes }),
      };
    }
    if (code === "deactivated") {
      return { status: "error", message: t("deactivated") };
    }
    if (error.type === "CredentialsSignin") {
      return { status: "error", message: t("wrongCredentials") };
    }
    console.error("[auth] sign-in failed:", error);
    return { status: "error", message: t("failed") };
  }
}
