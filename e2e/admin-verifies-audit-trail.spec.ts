import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/desk";

test.describe("an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("reads the audit log and verifies the hash chain", async ({ page }) => {
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    // the demo seed and the sign-ins of the setup project are on the trail
    await expect(page.getByText("auth.sign_in", { exact: true }).first()).toBeVisible();
    await page.getByRole("button", { name: "Verify integrity" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: /Intact through event \d+/ }),
    ).toBeVisible();
  });
});

test.describe("an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("gets a 403 on the audit log", async ({ page }) => {
    const response = await page.goto("/admin/audit");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("button", { name: "Verify integrity" })).toHaveCount(0);
  });
});
