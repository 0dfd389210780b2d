import { expect, test } from "@playwright/test";
import { createAccount } from "./support/desk";
import { fillArabicSignIn } from "./support/sign-in";

test("a browser that asks for Arabic gets the sign-in page in Arabic, right to left, and can switch", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "ar-EG" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "تسجيل الدخول" })).toBeVisible();

  // a refusal speaks the page's language too
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
  await expect(page.getByText("أدخل عنوان بريدك الإلكتروني.")).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page).toHaveURL(/\/login$/);
  await context.close();
});

test("an account starts in its browser's language, keeps the switch for every browser, and chooses its digits", async ({
  browser,
}) => {
  const account = await createAccount("reviewer");
  const arabicBrowser = await browser.newContext({ locale: "ar" });
  const page = await arabicBrowser.newPage();
  await fillArabicSignIn(page, account);
  const nav = page.getByRole("navigation", { name: "أقسام المكتب" });
  await expect(nav.getByRole("link", { name: "الادعاءات" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // the account remembers English, so an English browser elsewhere opens in English too
  await page.getByRole("banner").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "Claims" })).toBeVisible();
  const englishBrowser = await browser.newContext({ locale: "ar" });
  const elsewhere = await englishBrowser.newPage();
  await fillArabicSignIn(elsewhere, account);
  await expect(elsewhere.getByRole("link", { name: "Claims" })).toBeVisible();
  await englishBrowser.close();

  await page.getByRole("link", { name: "Account", exact: true }).click();
  await page.getByRole("radio", { name: "العربية" }).check();
  await page.getByRole("radio", { name: /Arabic-Indic/ }).check();
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("heading", { name: "اللغة والأرقام" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /هندية/ })).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await arabicBrowser.close();
});
