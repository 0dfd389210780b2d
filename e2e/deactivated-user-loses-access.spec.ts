import { expect, test } from "@playwright/test";
import { createAccount, storageStateOf, withDeskDatabase } from "./support/desk";
import { signIn } from "./support/sign-in";

test("a user deactivated in the database is signed out at their next request", async ({ page }) => {
  const account = await createAccount("reviewer");
  await signIn(page, account.email, account.password);

  await withDeskDatabase((db) =>
    db.query("update users set active = false where id = $1", [account.id]),
  );

  // the old cookie is still in the browser; the very next click is refused
  await page.getByRole("link", { name: "Claims" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("Email")).toBeVisible();
  const direct = await page.request.get("/claims", { maxRedirects: 0 });
  expect(direct.status()).toBeGreaterThanOrEqual(300);
  expect(direct.status()).toBeLessThan(400);

  // signing in again with the right password says why it cannot work
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("This account is deactivated. Ask an admin")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("an admin deactivates a reviewer and the reviewer's open session ends on their next click", async ({
  browser,
}) => {
  const account = await createAccount("reviewer");
  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await signIn(reviewerPage, account.email, account.password);
  // a page without live updates: on the board the live stream would end the
  // session by itself, before the click this test is about
  await reviewerPage.getByRole("link", { name: "Reports", exact: true }).click();
  await expect(reviewerPage.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();

  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/admin/users");
  // the first click only asks; keeping the account changes nothing
  const deactivate = adminPage.getByRole("button", { name: `Deactivate ${account.displayName}` });
  await deactivate.click();
  await expect(
    adminPage.getByText(`Deactivate ${account.displayName}? They are signed out`),
  ).toBeVisible();
  await adminPage.getByRole("button", { name: "Keep active" }).click();
  await expect(deactivate).toHaveAttribute("aria-expanded", "false");
  await reviewerPage.reload();
  await expect(reviewerPage).not.toHaveURL(/\/login/);

  await deactivate.click();
  await adminPage.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(
    adminPage.getByRole("status").filter({ hasText: "Account deactivated" }),
  ).toBeVisible();
  await expect(
    adminPage.getByRole("button", { name: `Reactivate ${account.displayName}` }),
  ).toBeVisible();

  await reviewerPage.getByRole("link", { name: "Claims" }).click();
  await expect(reviewerPage).toHaveURL(/\/login/);

  await withDeskDatabase(async (db) => {
    const { rows } = await db.query(
      "select before->>'active' as before, after->>'active' as after from audit_events where action = 'user.deactivate' and entity_id = $1",
      [account.id],
    );
    expect(rows).toEqual([{ before: "true", after: "false" }]);
  });
  await reviewerContext.close();
  await adminContext.close();
});

test.describe("an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("cannot change their own role or deactivate themselves", async ({ page }) => {
    await page.goto("/admin/users");
    const ownRow = page.getByRole("row").filter({ hasText: "admin@demo.test" });
    await expect(ownRow.getByText("This is you")).toBeVisible();
    await expect(ownRow.getByRole("button")).toHaveCount(0);
  });
});
