import { expect, type Browser, type Page } from "@playwright/test";
import { createAccount } from "./desk";

/** Signs in through the form, the way a person does. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Claims" })).toBeVisible();
}

/** Signs in through the form in its Arabic labels. */
export async function fillArabicSignIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(account.email);
  await page.getByLabel("كلمة المرور").fill(account.password);
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
}

/**
 * A fresh account of `role`, signed in from a browser that asks for Arabic:
 * its first sign-in adopts the browser's language, so the desk answers in
 * Arabic, right to left.
 */
export async function signInInArabic(
  browser: Browser,
  role: "reviewer" | "editor" | "admin",
): Promise<Page> {
  const account = await createAccount(role);
  const context = await browser.newContext({ locale: "ar" });
  const page = await context.newPage();
  await fillArabicSignIn(page, account);
  await expect(page.getByRole("navigation", { name: "أقسام المكتب" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  return page;
}
