import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateOf, withDeskDatabase } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

test("a reviewer starts typing a claim the desk already has and saves it linked as the same claim", async ({
  page,
}) => {
  const tag = randomBytes(3).toString("hex");
  const existingStatement = `Kazakhstan delivered seven wheat trains to Hairatan on 3 June 2025 (${tag}).`;
  // the claim on the desk, from another report, its quote in Arabic with hamza and Western digits
  const existing = await withDeskDatabase(async (db) => {
    const report = await db.query<{ id: number }>(
      "insert into reports (title, language) values ($1, 'ar') returning id",
      [`Rail bulletin ${tag}`],
    );
    const quote = "أعلنت كازاخستان أنها أرسلت 7 قطارات محملة بالقمح إلى حيراتان في 3 يونيو 2025";
    const { rows } = await db.query<{ id: number }>(
      `insert into claims (report_id, statement, quote, quote_language, anchor_exact)
       values ($1, $2, $3, 'ar', $3) returning id`,
      [report.rows[0]!.id, existingStatement, quote],
    );
    return rows[0]!.id;
  });

  // a new report says the same, without hamza and in Arabic-Indic digits
  const sentence = "اعلنت كازاخستان انها ارسلت ٧ قطارات محملة بالقمح الى حيراتان في ٣ يونيو ٢٠٢٥";
  await page.goto("/reports/new");
  await page.getByLabel("Title").fill(`Grain corridor ${tag}`);
  await page.getByLabel("Paste the text").fill(`${sentence}\n\nوقال التجار إن الأسعار استقرت.`);
  await page.getByRole("button", { name: "Import report" }).click();
  await expect(page).toHaveURL(/\/reports\/\d+\?imported=1$/);

  await page.getByRole("button", { name: "Paste a quote" }).click();
  const dialog = page.getByRole("dialog", { name: "Make a claim card" });
  await dialog.getByLabel("Quote from the report").fill(sentence);
  await dialog
    .getByLabel("Claim (one sentence in English)")
    .pressSequentially("Kazakhstan delivered seven wheat", {
      delay: 20,
    });

  const similar = dialog.getByRole("region", { name: "Already on the desk?" });
  const found = similar
    .getByRole("list", { name: "Claims that look the same" })
    .getByRole("listitem")
    .filter({
      hasText: `Claim ${existing},`,
    });
  await expect(found).toBeVisible();
  await expect(found).toContainText(`Rail bulletin ${tag}`);
  // the words the two share are marked
  await expect(found.locator("mark", { hasText: "Kazakhstan" }).first()).toBeVisible();
  await expect(found.locator("mark", { hasText: "wheat" }).first()).toBeVisible();
  await expect(found).toContainText("Both give: 7");
  await expect(
    found.getByRole("link", { name: `Open claim ${existing} in a new tab` }),
  ).toHaveAttribute("href", `/claims/${existing}`);

  // the dialog with its similar claims reads well to a screen reader, on a desk and on a phone
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const audit = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
    expect(audit.violations, `at ${width} px`).toEqual([]);
  }

  // finishing the statement keeps the claim on offer
  await dialog
    .getByLabel("Claim (one sentence in English)")
    .pressSequentially(" trains to Hairatan in June 2025.", {
      delay: 10,
    });
  await found.getByRole("button", { name: `Save as the same claim as claim ${existing}` }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "made and linked" })).toContainText(
    `linked as the same claim as claim ${existing}`,
  );
  await dialog.getByRole("link", { name: "Open the card" }).click();

  const related = page.getByRole("region", { name: "Related claims" });
  await expect(related).toContainText(`Same claim as: ${existingStatement}`);
  await expect(page.getByRole("region", { name: "History" })).toContainText(
    "linked a related claim",
  );

  await page.goto(`/claims/${existing}`);
  await expect(page.getByRole("region", { name: "Related claims" })).toContainText(
    "Same claim as:",
  );
});
