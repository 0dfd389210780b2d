import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf, withDeskDatabase } from "./support/desk";

/** An audited edit of its own (through the chain trigger), so parallel specs never share it. */
async function appendClaimEdit(entityId: string) {
  await withDeskDatabase((db) =>
    db.query(
      `insert into audit_events (action, entity_type, entity_id, before, after)
       values ('claim.edit', 'claim', $1, $2::jsonb, $3::jsonb)`,
      [
        entityId,
        JSON.stringify({ statement: "Old wording", version: 1, note: "dropped" }),
        JSON.stringify({ statement: "New wording", version: 2, source: "added" }),
      ],
    ),
  );
}

test.describe("an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("reads the audit log and verifies the hash chain", async ({ page }) => {
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    // the demo seed and the sign-ins of the setup project are on the trail
    await expect(page.getByRole("link", { name: "Signed in", exact: true }).first()).toBeVisible();
    await page.getByRole("button", { name: "Verify integrity" }).click();
    const progress = page.getByRole("progressbar", { name: "Verification progress" });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute("aria-valuenow", "100");
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: /Intact through event \d+ \(checked [\d,]+ events in [\d.]+ s\)/ }),
    ).toBeVisible();
  });

  test("filters by action and opens an event's before and after", async ({ page }) => {
    const entityId = `e2e-${randomBytes(4).toString("hex")}`;
    await appendClaimEdit(entityId);
    await page.goto("/admin/audit");

    await page.getByLabel("Action").selectOption("claim.edit");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/[?&]action=claim\.edit/);
    const events = page.getByRole("region", { name: "Events" }).getByRole("listitem");
    await expect(events.first()).toBeVisible();
    for (const event of await events.all()) {
      await expect(event.getByRole("link", { name: "Card edited", exact: true })).toBeVisible();
    }

    await page.getByLabel("Entity id").fill(entityId);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(events).toHaveCount(1);
    const event = events.first();
    await event.getByText("Before and after").click();
    const changes = event.getByRole("table", { name: "Changed fields" });
    await expect(changes.getByRole("row", { name: /statement/ })).toContainText(
      /Changed.*Old wording.*New wording/,
    );
    await expect(changes.getByRole("row", { name: /note/ })).toContainText("Removed");
    await expect(changes.getByRole("row", { name: /source/ })).toContainText("Added");
    await expect(changes.getByRole("row", { name: /version/ })).toContainText("Changed");
  });

  test("exports the newest hash and verifies against it", async ({ page }) => {
    await page.goto("/admin/audit");
    const download = page.getByRole("link", {
      name: /^Download audit-head-\d{4}-\d{2}-\d{2}\.txt$/,
    });
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    const stream = await file.createReadStream();
    let head = "";
    for await (const chunk of stream) head += String(chunk);
    expect(head.trim()).toMatch(/^\d+:[0-9a-f]{64}$/);

    await page.getByLabel("Exported head").fill(head.trim());
    await page.getByRole("button", { name: "Verify against this head" }).click();
    const eventId = head.split(":")[0];
    await expect(
      page.getByRole("status").filter({ hasText: `The exported head, event ${eventId}, matches` }),
    ).toBeVisible();

    await page.getByLabel("Exported head").fill("not a head");
    await page.getByRole("button", { name: "Verify against this head" }).click();
    await expect(page.getByText(/That is not an exported head/)).toBeVisible();
    // the earlier head's verdict is not left to read as this one's
    await expect(page.getByText(`The exported head, event ${eventId}, matches`)).toHaveCount(0);
    await expect(page.getByRole("progressbar", { name: "Verification progress" })).toHaveCount(0);
  });
});

test.describe("an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("gets a 403 on the audit log", async ({ page }) => {
    const response = await page.goto("/admin/audit");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("button", { name: "Verify integrity" })).toHaveCount(0);
  });

  test("is refused the verification endpoint, and the attempt is audited", async ({ page }) => {
    const response = await page.request.post("/api/admin/audit/verify", { data: {} });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: "forbidden", reason: "forbidden:audit", message: expect.any(String) },
    });
    const refusals = await withDeskDatabase(async (db) => {
      const { rows } = await db.query<{ n: number }>(
        `select count(*)::int as n from audit_events a join users u on u.id = a.actor_id
          where a.action = 'authz.refused' and a.entity_id = 'audit.verify' and u.email = 'editor@demo.test'`,
      );
      return rows[0]!.n;
    });
    expect(refusals).toBeGreaterThan(0);
  });
});

test("a visitor without a session gets a 401 from the verification endpoint", async ({
  request,
}) => {
  const response = await request.post("/api/admin/audit/verify", { data: {} });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthorized");
});
