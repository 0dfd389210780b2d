import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

test("a reviewer opens a demo report and reads its quoted passages right to left", async ({
  page,
}) => {
  await page.goto("/claims");
  await page
    .getByRole("navigation", { name: "Desk sections" })
    .getByRole("link", { name: "Reports" })
    .click();
  await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
  const reportLinks = page.getByRole("main").getByRole("link");
  await expect(reportLinks).toHaveCount(5);

  await reportLinks.first().click();
  await expect(page.getByRole("note")).toContainText("has not been imported");
  const quotes = page.locator('blockquote[lang="ar"]');
  expect(await quotes.count()).toBeGreaterThanOrEqual(3);
  expect(await quotes.first().evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
});

test("a report that does not exist is a 404", async ({ page }) => {
  expect((await page.goto("/reports/999999"))?.status()).toBe(404);
  expect((await page.goto("/reports/not-a-number"))?.status()).toBe(404);
});
