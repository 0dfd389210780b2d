import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoReports } from "../scripts/demo/reports";
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
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("heading", { name: "Reports", exact: true })).toBeVisible();
  // the five demo reports, and any that other specs imported
  const reportLinks = page.getByRole("main").getByRole("listitem").getByRole("link");
  await expect(reportLinks.filter({ hasText: "Leaked secret document" })).toBeVisible();
  expect(await reportLinks.count()).toBeGreaterThanOrEqual(5);

  await reportLinks.filter({ hasText: "Leaked secret document" }).click();
  await expect(page.getByRole("note")).toContainText("has not been imported");
  const quotes = page.locator('blockquote[lang="ar"]');
  expect(await quotes.count()).toBeGreaterThanOrEqual(3);
  expect(await quotes.first().evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
});

test("a report that does not exist is a 404", async ({ page }) => {
  expect((await page.goto("/reports/999999"))?.status()).toBe(404);
  expect((await page.goto("/reports/not-a-number"))?.status()).toBe(404);
});

const reportsDir = path.resolve("..", "shared", "reports");

test("importing a demo report's full text re-attaches every claim's quote", async ({ page }) => {
  test.skip(!existsSync(reportsDir), "the shared report files are not beside this checkout");
  const demo = demoReports[1]!;
  await page.goto("/reports");
  await page.getByRole("link", { name: demo.title }).click();
  const quotes = page.locator("blockquote[lang=ar]");
  await expect(quotes).not.toHaveCount(0);
  const claimCount = await quotes.count();

  await page.getByText("Import the full text").click();
  await page.getByLabel("…or upload a file").setInputFiles(path.join(reportsDir, demo.file));
  await page.getByRole("button", { name: "Import full text" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Text imported" })).toContainText(
    `${claimCount} quotes found.`,
  );
  const highlights = page.locator("[data-paragraph] a[href^='/claims/']");
  expect(await highlights.count()).toBeGreaterThanOrEqual(claimCount);
  await expect(page.getByRole("heading", { name: /Quotes not found/ })).toHaveCount(0);
});
