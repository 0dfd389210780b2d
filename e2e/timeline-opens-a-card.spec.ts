import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

test("a reviewer opens a claim card from the timeline with the keyboard", async ({ page }) => {
  await page.goto("/claims");
  await page
    .getByRole("navigation", { name: "Desk sections" })
    .getByRole("link", { name: "Timeline" })
    .click();
  await expect(page.getByRole("heading", { name: "Timeline", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Lanes by report" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("note")).toContainText(/\d+ claims? (has|have) no event date/);

  const chart = page.getByRole("group", { name: /^Timeline of \d+ claims/ });
  const points = chart.getByRole("link", { name: /^Claim \d+: / });
  expect(await points.count()).toBeGreaterThanOrEqual(10);
  // the demo's contradicting pairs with dates on both sides are drawn as links
  expect(await chart.locator("[data-contradiction]").count()).toBeGreaterThanOrEqual(1);
  await expect(chart.getByRole("link", { name: /contradicts claim/ }).first()).toBeVisible();

  // from the lane switch, Tab passes the skip link and lands on the first point
  const firstPoint = points.first();
  await page.getByRole("link", { name: "Lanes by entity" }).focus();
  for (let presses = 0; presses < 4; presses++) {
    if (await firstPoint.evaluate((point) => point === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(firstPoint).toBeFocused();

  const name = (await firstPoint.getAttribute("aria-label"))!;
  const statement = name.slice(name.indexOf(": ") + 2, name.lastIndexOf(" — "));
  const claimId = /^Claim (\d+):/.exec(name)![1];
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(statement);
});

test("lanes by entity list the busiest entities, and the table repeats the chart", async ({
  page,
}) => {
  await page.goto("/timeline");
  await page.getByRole("link", { name: "Lanes by entity" }).click();
  await expect(page).toHaveURL(/\/timeline\?lanes=entity$/);
  await expect(page.getByRole("link", { name: "Lanes by entity" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("note")).toContainText(/more entities are left out/);

  const chart = page.getByRole("group", { name: /lanes by entity/ });
  await expect(chart.getByRole("group", { name: "Entity: Taliban" })).toBeVisible();

  const table = page.getByRole("table", { name: "Claims with an event date, earliest first" });
  await expect(table.getByRole("columnheader", { name: "Contradicts" })).toBeVisible();
  await table.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
});
