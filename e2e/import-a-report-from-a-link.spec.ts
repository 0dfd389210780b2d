import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import {
  arabicMetadata,
  arabicParagraphs,
  taggedParagraph,
} from "../scripts/testing/web-fixture-pages";
import { reportsTitled, storageStateOf, withDeskDatabase } from "./support/desk";
import { expectAccessibleAtBothWidths, serveWebFixtures } from "./support/web-pages";
import { selectInReader } from "./support/reader";

test.use({ storageState: storageStateOf("reviewer") });

const fixtures = serveWebFixtures();

const fetchButton = (page: Page) => page.getByRole("button", { name: "Fetch the page" });
const linkField = (page: Page) => page.getByLabel("Link to the report");
const linkForm = (page: Page) => page.getByRole("form", { name: "Import from a link" });

test("a reviewer imports a report from its link, checks it, and makes a claim from it", async ({
  page,
}) => {
  const tag = randomBytes(4).toString("hex");
  const address = `${fixtures().origin}/article/${tag}`;
  await page.goto("/reports/new");
  await expect(page.getByRole("heading", { name: "Import from a link" })).toBeVisible();
  await expectAccessibleAtBothWidths(page);

  await linkField(page).fill(address);
  await fetchButton(page).click();
  await expect(linkForm(page).getByRole("status")).toContainText(
    "Filled in from the page: its article",
  );

  // the windows-1256 page's JSON-LD and text, decoded into Arabic
  await expect(page.getByLabel("Title")).toHaveValue(`${arabicMetadata.title} ${tag}`);
  await expect(page.getByLabel("Outlet")).toHaveValue(arabicMetadata.outlet);
  await expect(page.getByLabel("Author")).toHaveValue(arabicMetadata.author);
  await expect(page.getByLabel("Published on")).toHaveValue(arabicMetadata.publishedOn);
  await expect(page.getByLabel("Language")).toHaveValue("ar");
  await expect(page.getByLabel("Web address", { exact: true })).toHaveValue(address);
  const text = page.getByLabel("Paste the text");
  await expect(text).toHaveValue(new RegExp(arabicParagraphs[1]!));
  expect(await text.inputValue()).not.toContain("جميع الحقوق محفوظة");
  await expectAccessibleAtBothWidths(page);
  expect(await reportsTitled(`${arabicMetadata.title} ${tag}`), "the fetch saved nothing").toBe(0);

  // the reviewer corrects what the page said before importing
  const title = `Taliban trainees in China (${tag})`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Import report" }).click();
  await expect(page).toHaveURL(/\/reports\/\d+\?imported=1$/);

  const sentence = taggedParagraph(tag);
  const paragraph = page.locator("[data-paragraph]", { hasText: sentence });
  expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe("rtl");
  await selectInReader(page, sentence);
  const bar = page.getByRole("region", { name: "Make a claim from the text" });
  await bar.getByRole("button", { name: "Make claim" }).click();
  const dialog = page.getByRole("dialog", { name: "Make a claim card" });
  await expect(dialog.getByLabel("Quote from the report")).toHaveValue(sentence);
  const statement = `Seven officers of the first group returned to Kabul (${tag}).`;
  await dialog.getByLabel("Claim (one sentence in English)").fill(statement);
  await dialog.getByRole("button", { name: "Save claim" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "now highlighted" })).toBeVisible();

  const stored = await withDeskDatabase(async (db) => {
    const { rows } = await db.query(
      `select r.title, r.outlet, r.author, r.url, r.published_on::text, r.language, c.quote
         from reports r join claims c on c.report_id = r.id where c.statement = $1`,
      [statement],
    );
    return rows[0];
  });
  expect(stored).toEqual({
    title,
    outlet: arabicMetadata.outlet,
    author: arabicMetadata.author,
    url: address,
    published_on: arabicMetadata.publishedOn,
    language: "ar",
    quote: sentence,
  });
});

test("a refused link is said under the address, and everything typed stays", async ({ page }) => {
  const title = `Typed before fetching ${randomBytes(4).toString("hex")}`;
  const typedText = "قال مسؤول إن 3 طائرات وصلت إلى المطار.";
  await page.goto("/reports/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Paste the text").fill(typedText);

  for (const [address, refusal] of [
    ["http://10.0.0.1/internal", "That address is inside a private network"],
    [`${fixtures().origin}/report.pdf`, "That is not a web page (application/pdf)."],
    [`${fixtures().origin}/missing`, "The site answered 404 (not found) instead of the page."],
    [
      `${fixtures().origin}/redirect-to-metadata`,
      "redirects to an address that is a cloud metadata",
    ],
  ] as const) {
    await linkField(page).fill(address);
    await fetchButton(page).click();
    await expect(linkField(page)).toHaveAccessibleDescription(new RegExp(escaped(refusal)));
    await expect(linkField(page)).toHaveAttribute("aria-invalid", "true");
    await expect(linkField(page)).toHaveValue(address);
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expect(page.getByLabel("Paste the text")).toHaveValue(typedText);
  }
  await expectAccessibleAtBothWidths(page);

  const refused = await withDeskDatabase(async (db) => {
    const { rows } = await db.query(
      `select after->>'failure' as failure from audit_events
        where action = 'report.fetch_refused' and entity_id = 'http://10.0.0.1/internal'`,
    );
    return rows.map((row) => row.failure);
  });
  expect(refused).toContain("private");
  expect(await reportsTitled(title)).toBe(0);
});

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
