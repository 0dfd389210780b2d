import { expect, test } from "@playwright/test";
import { createAccount } from "./support/desk";
import { signIn } from "./support/sign-in";

test("a reviewer renames themself and changes their password: this session carries on, the other one ends", async ({
  browser,
}) => {
  const account = await createAccount("reviewer");
  const hereContext = await browser.newContext();
  const here = await hereContext.newPage();
  await signIn(here, account.email, account.password);
  const elsewhereContext = await browser.newContext();
  const elsewhere = await elsewhereContext.newPage();
  await signIn(elsewhere, account.email, account.password);

  await here.getByRole("link", { name: "Account", exact: true }).click();
  await expect(here.getByRole("heading", { name: "Your account" })).toBeVisible();

  const newName = `${account.displayName} renamed`;
  await here.getByLabel("Display name").fill(newName);
  await here.getByRole("button", { name: "Save name" }).click();
  await expect(here.getByRole("status").filter({ hasText: "Name saved." })).toBeVisible();
  await expect(here.getByRole("banner").getByText(newName)).toBeVisible();

  await here.getByLabel("Current password").fill("not my password at all");
  await here.getByLabel("New password", { exact: true }).fill("lantern orchard river stone");
  await here.getByLabel("Repeat the new password").fill("lantern orchard river stone");
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByText("That is not your current password.")).toBeVisible();

  await here.getByLabel("Current password").fill(account.password);
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  await expect(here.getByRole("table", { name: "Recent sign-ins" })).toContainText("Signed in");

  // this browser is still signed in; the other one is not
  await here.getByRole("link", { name: "Claims" }).click();
  await expect(here.getByRole("heading", { name: "Claims" })).toBeVisible();
  // (its open page may already have been sent to sign in by its live stream)
  await elsewhere.goto("/claims");
  await expect(elsewhere).toHaveURL(/\/login/);

  await hereContext.close();
  await elsewhereContext.close();
});
