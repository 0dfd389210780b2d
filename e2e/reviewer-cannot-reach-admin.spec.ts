import { expect, request as playwrightRequest, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { createAccount, storageStateOf, withDeskDatabase } from "./support/desk";

test.describe("a reviewer", () => {
  test.use({ storageState: storageStateOf("reviewer") });

  test("gets a 403 page, not the accounts, on /admin/users", async ({ page }) => {
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: /not open to your role/ })).toBeVisible();
    await expect(page.getByText("admin@demo.test")).toHaveCount(0);
  });
});

test("a reviewer's direct POST to an admin action is refused, audited, and changes nothing", async ({
  browser,
}) => {
  const target = await createAccount("reviewer");

  // Capture the exact request the admin's "Deactivate" button sends, without letting it through.
  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const adminPage = await adminContext.newPage();
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await adminPage.route("**/admin/users", async (route) => {
    if (route.request().method() === "POST") {
      const { cookie: _adminCookie, ...headers } = await route.request().allHeaders();
      captured = { headers, body: route.request().postDataBuffer()! };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("button", { name: `Deactivate ${target.displayName}` }).click();
  await adminPage.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect.poll(() => captured).toBeDefined();
  await adminContext.close();

  // Replay it with the reviewer's session cookie.
  const reviewer = await playwrightRequest.newContext({
    baseURL,
    storageState: storageStateOf("reviewer"),
  });
  const response = await reviewer.post("/admin/users", {
    headers: captured!.headers,
    data: captured!.body,
  });
  // the action answers the form: refused, nothing saved
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('"refused":"forbidden"');
  await reviewer.dispose();

  await withDeskDatabase(async (db) => {
    const { rows } = await db.query("select active from users where id = $1", [target.id]);
    expect(rows[0]).toEqual({ active: true });
    const refused = await db.query(
      `select 1 from audit_events a join users u on u.id = a.actor_id
        where a.action = 'authz.refused' and a.entity_id = 'user.set_active' and u.email = 'reviewer1@demo.test'`,
    );
    expect(refused.rowCount).toBeGreaterThan(0);
  });
});
