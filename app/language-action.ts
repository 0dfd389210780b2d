"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isLanguage, LANGUAGE_COOKIE } from "@/lib/i18n/languages";
import { chooseOwnPreferences } from "@/lib/users/own-account";

const A_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

/**
 * The header's language switch, signed in or not: the browser remembers the
 * choice (the sign-in and welcome pages follow it), and a signed-in person's
 * account keeps it for every browser they use. The page is rendered again in
 * the new language at the same address.
 */
export async function switchLanguageAction(formData: FormData) {
  const language = formData.get("language");
  if (!isLanguage(language)) return;
  (await cookies()).set(LANGUAGE_COOKIE, language, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: A_YEAR_IN_SECONDS,
  });
  const user = await getCurrentUser();
  if (user) await chooseOwnPreferences(user, { interfaceLanguage: language });
  revalidatePath("/", "layout");
}
