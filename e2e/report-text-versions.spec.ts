import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { createAccount, storageStateOf, withDeskDatabase } from "./support/desk";
import { signIn } from "./support/sign-in";

/**
 * A report's text is what its claims stand on. Replacing it keeps the old
 * one among the report's versions, listed on the page with who set each and
 * when; only the report's importer or an editor may replace a text that
 * claims are anchored in; an editor can restore an earlier version, and the
 * claims' quotes are found in it again.
 */

const quote = "the ferry resumed crossings on 4 March after a two-week halt";

/**
 * A report imported by `importer`, with one claim anchored in its text, straight to the
 * database (no version kept yet: the first replacement keeps the text it replaces).
 */
async function reportWithClaim(importerId: string, tag: string) {
  const text = `Port officials said ${quote}.\n\nTraders welcomed the news (${tag}).`;
  return withDeskDatabase(async (db) => {
    const hash = randomBytes(32).toString("hex");
    const {
      rows: [report],
    } = await db.query<{ id: number }>(
      `insert into reports (title, language, full_text, content_hash, imported_by)
       values ($1, 'en', $2, $3, $4) returning id`,
      [`Ferry dispatch ${tag}`, text, hash, importerId],
    );
    const start = text.indexOf(quote);
    await db.query(
      `insert into claims (report_id, statement, quote, quote_language, anchor_exact,
                           anchor_start, anchor_end, anchor_state, created_by)
       values ($1, $2, $3, 'en', $3, $4, $5, 'anchored', $6)`,
      [
        report!.id,
        `The ferry resumed crossings ${tag}`,
        quote,
        start,
        start + quote.length,
        importerId,
      ],
    );
    return { reportId: report!.id, text };
  });
}

async function pageSignedInAs(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  return page;
}

test("the importer replaces the text, another reviewer may not, and an editor restores the first version", async ({
  browser,
}) => {
  const tag = randomBytes(4).toString("hex");
  const importer = await createAccount("reviewer");
  const { reportId, text } = await reportWithClaim(importer.id, tag);

  // another reviewer is told who may replace it, and is not offered the form
  const other = await pageSignedInAs(browser, await createAccount("reviewer"));
  await other.goto(`/reports/${reportId}`);
  await expect(
    other.getByRole("note").filter({ hasText: "only the person who imported" }),
  ).toBeVisible();
  await expect(other.getByText("Replace the text")).toHaveCount(0);

  // the importer replaces it with a text the quote is no longer in
  const page = await pageSignedInAs(browser, importer);
  await page.goto(`/reports/${reportId}`);
  await page.getByText("Replace the text").click();
  await page.getByLabel("Paste the text").fill(`A rewritten dispatch with other words (${tag}).`);
  await page.getByRole("button", { name: "Replace text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Text imported" })).toContainText(
    "1 could not be found",
  );
  const versions = page.getByRole("region", { name: /Text versions/ });
  await expect(versions.getByRole("listitem")).toHaveCount(2);
  await expect(versions.getByRole("listitem").first()).toContainText(
    `Replaced by ${importer.displayName}`,
  );
  await expect(versions.getByRole("listitem").first()).toContainText("current");

  // an editor reads the first version and restores it
  const editor = await (
    await browser.newContext({ storageState: storageStateOf("editor") })
  ).newPage();
  await editor.goto(`/reports/${reportId}`);
  await editor
    .getByRole("region", { name: /Text versions/ })
    .getByRole("link", { name: "Version 1" })
    .click();
  await expect(editor.getByRole("heading", { name: "Text version 1" })).toBeVisible();
  await expect(editor.getByText(quote)).toBeVisible();
  await editor.getByRole("button", { name: "Restore version 1" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Version 1 restored." })).toContainText(
    "1 quote found",
  );
  await expect(editor.locator("[data-paragraph] a[href^='/claims/']")).toContainText(quote);
  const restored = editor.getByRole("region", { name: /Text versions/ }).getByRole("listitem");
  await expect(restored).toHaveCount(3);
  await expect(restored.first()).toContainText("Version 1 restored by");

  // the importer cannot restore: the page does not offer it
  await page.goto(`/reports/${reportId}/versions/2`);
  await expect(page.getByRole("heading", { name: "Text version 2" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Restore/ })).toHaveCount(0);

  const stored = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ full_text: string }>(
      "select full_text from reports where id = $1",
      [reportId],
    );
    return rows[0]!.full_text;
  });
  expect(stored).toBe(text);
});
