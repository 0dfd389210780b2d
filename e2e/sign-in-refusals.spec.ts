import { expect, test } from "@playwright/test";
import { demoUsers } from "./support/desk";

test("empty fields and an absurdly long email get clear messages, not errors", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();

  await page.getByLabel("Email").fill(`${"a".repeat(10_000)}@example.org`);
  await page.getByLabel("Password").fill("whatever");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That is longer than any email address.")).toBeVisible();
});

test("a wrong password and an unknown email get the same answer", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(demoUsers.editor);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");

  await page.getByLabel("Email").fill("nobody-here@demo.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
});

test("repeated failures lock the email, and the right password does not get through", async ({
  page,
}) => {
  test.slow();
  const email = `lockout-${Date.now()}@demo.test`;
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`guess number ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("guess number 6");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    /Too many failed sign-ins\. Try again in \d+ minutes?\./,
  );
});
