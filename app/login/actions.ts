"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import type { FormState } from "@/lib/form-state";

const loginForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(320, "That is longer than any email address.")
    .pipe(z.email("Enter a valid email address.")),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
  next: z.string().optional(),
});

export async function signInWithPassword(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = loginForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", fieldErrors: z.flattenError(parsed.error).fieldErrors };
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
    const code = "code" in error && typeof error.code === "string" ? error.code : "";
    if (code.startsWith("locked:")) {
      const minutes = Math.max(1, Math.ceil(Number(code.slice("locked:".length)) / 60));
      return {
        status: "error",
        message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      };
    }
    if (code === "deactivated") {
      return {
        status: "error",
        message: "This account is deactivated. Ask an admin to reactivate it.",
      };
    }
    if (error.type === "CredentialsSignin") {
      return { status: "error", message: "Wrong email or password." };
    }
    console.error("[auth] sign-in failed:", error);
    return { status: "error", message: "Signing in failed on our side. Try again in a moment." };
  }
}
