import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { editedParagraph, quoteBeforeEdit } from "../scripts/testing/web-fixture-pages";
import { createClaimCard, storageStateOf, withDeskDatabase } from "./support/desk";
import { expectAccessibleAtBothWidths, serveWebFixtures } from "./support/web-pages";

test.use({ storageState: storageStateOf("reviewer") });

const fixtures = serveWebFixtures();

test("evidence added on a card is captured, its text read, and its drift flagged on Check now", async ({
  page,
  browser,
}) => {
  const tag = randomBytes(4).toString("hex");
  const statement = `Twenty-two trainees travelled to China (${tag}).`;
  const claimId = await createClaimCard(statement);
  // this page changes after its first fetch: the quote's paragraph is edited
  const path = `/changing/${tag}`;

  await page.goto(`/claims/${claimId}`);
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  const addEvidence = evidence.getByRole("form", { name: "Add evidence" });
  const title = `Trainees' travel, as reported (${tag})`;
  await addEvidence.getByLabel("Link", { exact: true }).fill(`${fixtures().origin}${path}`);
  await addEvidence.getByLabel("Title", { exact: true }).fill(title);
  await addEvidence.getByLabel("Stance").selectOption({ label: "Supports the claim" });
  await addEvidence.getByLabel("Quote from the source").fill(quoteBeforeEdit);
  await addEvidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(addEvidence.getByRole("status")).toContainText("Evidence added");

  // the background capture lands, and the live card shows it without a reload
  const source = evidence.getByRole("listitem").filter({ hasText: title });
  await expect(source).toContainText(/captured \d{1,2} [A-Z][a-z]{2} \d{4} · quote found/, {
    timeout: 20_000,
  });
  expect(fixtures().hits(path)).toBe(1);
  await expectAccessibleAtBothWidths(page);

  // the captured text, as text, with the quote's paragraph marked
  await source.getByRole("link", { name: "Read the captured text" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const text = page.getByRole("region", { name: /^Text captured on / });
  await expect(text).toContainText(quoteBeforeEdit);
  await expect(text.getByText("(This paragraph holds the quote.)")).toHaveCount(1);
  await expect(page.getByText(/SHA-256 of the text: [0-9a-f]{64}/)).toBeVisible();
  await expectAccessibleAtBothWidths(page);

  // Check now: the page has changed since, and the quote is gone from it
  await page.getByRole("link", { name: `Back to claim ${claimId}` }).click();
  await source.getByRole("button", { name: `Check the page of “${title}” now` }).click();
  await expect(source.getByText("Quote no longer on the page.")).toBeVisible({ timeout: 20_000 });
  await expect(source).toContainText("quote not on the page");
  await expect(page.getByText(/Evidence changed: a source's page is gone/)).toBeVisible();
  await expectAccessibleAtBothWidths(page);

  // the new capture holds the edited paragraph; the first is still there to read
  await source.getByRole("link", { name: "Read the captured text" }).click();
  await expect(page.getByRole("region", { name: /^Text captured on / })).toContainText(
    editedParagraph,
  );
  await expect(page.getByRole("link", { name: /^Read the text captured on / })).toHaveCount(1);

  // the board's "Evidence changed" filter finds the claim
  await page.goto("/claims");
  await page.getByLabel("Evidence changed").check();
  await expect(page).toHaveURL(/changed=1/);
  await expect(page.getByRole("link", { name: statement })).toBeVisible();

  // an editor's verdict rests on it: the dashboard shows the quote's paragraph before and after
  await withDeskDatabase((db) =>
    db.query(
      `insert into verdicts (claim_id, verdict, rationale, decided_by)
       values ($1, 'verified', 'The article said so.', (select id from users where email = 'editor@demo.test'))`,
      [claimId],
    ),
  );
  const editorContext = await browser.newContext({ storageState: storageStateOf("editor") });
  const editorPage = await editorContext.newPage();
  await editorPage.goto("/dashboard");
  const changed = editorPage
    .getByRole("region", { name: "Verdicts resting on changed evidence" })
    .getByRole("listitem")
    .filter({ hasText: statement });
  await expect(changed).toContainText("Quote no longer on the page");
  await expect(changed.locator("del")).toContainText(["22", "الصين"]);
  await expect(changed.locator("ins")).toContainText(["12", "روسيا"]);
  await expectAccessibleAtBothWidths(editorPage);
  await editorContext.close();
});
