import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf, withDeskDatabase } from "./support/desk";
import { selectInReader } from "./support/reader";

test.use({ storageState: storageStateOf("reviewer") });

test("a reviewer pastes a report, selects a sentence, makes a claim and sees it highlighted", async ({
  page,
}) => {
  const tag = randomBytes(3).toString("hex");
  const sentence = `أكد المتحدث أن ${tag.length * 7} ضابطا تلقوا تدريبا في 3 يوليو 2025.`;
  const text = [
    `تقرير اختبار ${tag}`,
    `قالت الوزارة في بيان إن التدريب استمر ستة أشهر. ${sentence} وأضاف أن الدورة انتهت.`,
    "The ministry did not say where the training took place.",
  ].join("\n\n");

  await page.goto("/reports");
  await page.getByRole("link", { name: "Import a report" }).click();
  await page.getByLabel("Title").fill(`Trainees report ${tag}`);
  await page.getByLabel("Outlet").fill("E2E Outlet");
  await page.getByLabel("Paste the text").fill(text);
  await page.getByRole("button", { name: "Import report" }).click();

  await expect(page).toHaveURL(/\/reports\/\d+\?imported=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Report imported" })).toBeVisible();
  const arabicParagraph = page.locator("[data-paragraph]", { hasText: sentence });
  expect(await arabicParagraph.evaluate((p) => getComputedStyle(p).direction)).toBe("rtl");
  const englishParagraph = page.locator("[data-paragraph]", { hasText: "The ministry did not" });
  expect(await englishParagraph.evaluate((p) => getComputedStyle(p).direction)).toBe("ltr");

  // a selection over two paragraphs is explained, not accepted
  await page.evaluate(() => {
    const [first, second] = document.querySelectorAll("[data-paragraph]");
    const range = document.createRange();
    range.setStart(first!.firstChild!, 2);
    range.setEnd(second!.firstChild!, 4);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  const bar = page.getByRole("region", { name: "Make a claim from the text" });
  await expect(bar.getByText("Your selection spans two paragraphs")).toBeVisible();
  await expect(bar.getByRole("button", { name: "Make claim" })).toBeDisabled();

  await selectInReader(page, sentence);
  await expect(bar.getByRole("status")).toContainText("Selected:");
  await bar.getByRole("button", { name: "Make claim" }).click();

  const dialog = page.getByRole("dialog", { name: "Make a claim card" });
  await expect(dialog.getByLabel("Quote from the report")).toHaveValue(sentence);
  await expect(dialog.getByLabel("Event date")).toHaveValue("2025-07-03");
  await dialog.getByRole("button", { name: "Save claim" }).click();
  await expect(dialog.getByText("Write the claim first")).toBeVisible();
  const statement = `The spokesman confirmed ${tag.length * 7} officers were trained (${tag}).`;
  await dialog.getByLabel("Claim (one sentence in English)").fill(statement);
  await dialog.getByLabel("Attribution").fill("Ministry spokesman, in a statement");
  await dialog.getByRole("button", { name: "Save claim" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "now highlighted" })).toBeVisible();
  await dialog.getByRole("button", { name: "Back to the report" }).click();

  const highlight = page.getByRole("link", { name: sentence });
  await expect(highlight).toBeVisible();
  await highlight.focus();
  await expect(page.getByRole("tooltip").filter({ hasText: statement })).toBeVisible();
  await expect(page.getByRole("tooltip").filter({ hasText: statement })).toContainText(
    "Unreviewed",
  );

  const stored = await withDeskDatabase(async (db) => {
    const { rows } = await db.query(
      `select c.anchor_exact, c.anchor_prefix, c.anchor_start, c.anchor_end, r.full_text,
              (select count(*) from audit_events a where a.entity_type = 'claim'
                 and a.entity_id = c.id::text and a.action = 'claim.create')::int as audit_rows
         from claims c join reports r on r.id = c.report_id where c.statement = $1`,
      [statement],
    );
    return rows[0];
  });
  expect(stored.anchor_exact).toBe(sentence);
  expect(stored.full_text.slice(stored.anchor_start, stored.anchor_end)).toBe(sentence);
  expect(stored.anchor_prefix).toHaveLength(32);
  expect(stored.audit_rows).toBe(1);

  await highlight.click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(statement);
});

test("importing the same text twice offers the report that already has it", async ({ page }) => {
  const text = `نص مكرر للاختبار ${randomBytes(4).toString("hex")}: قال مسؤول إن 5 طائرات وصلت.`;
  for (const attempt of [1, 2]) {
    await page.goto("/reports/new");
    await page.getByLabel("Title").fill(`Duplicate ${attempt}`);
    await page.getByLabel("Paste the text").fill(text);
    await page.getByRole("button", { name: "Import report" }).click();
    if (attempt === 1) await expect(page).toHaveURL(/imported=1/);
  }
  await expect(page.getByText("already in the desk as “Duplicate 1”")).toBeVisible();
  // what was typed is still there to correct
  await expect(page.getByLabel("Paste the text")).toHaveValue(text);
  await page.getByRole("link", { name: "Open the existing report" }).click();
  await expect(page.getByRole("heading", { name: "Duplicate 1" })).toBeVisible();
});
