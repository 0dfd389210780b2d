import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoClaims } from "../scripts/demo/claims";
import { storageStateOf, withDeskDatabase } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

const demoStatement = demoClaims.find((c) => c.key === "r000-graduates-to-guard-emir")!.statement;

/**
 * The demo claim to work on, and a claim of this test's own to link it to:
 * made fresh (in a report of its own, so no demo report gains an unanchored
 * quote) so a retry or a parallel run never meets a link it made before.
 */
async function setUpClaims(tag: string) {
  return withDeskDatabase(async (db) => {
    const demo = await db.query<{ id: number }>("select id from claims where statement = $1", [
      demoStatement,
    ]);
    const report = await db.query<{ id: number }>(
      "insert into reports (title, language) values ($1, 'ar') returning id",
      [`E2E relations ${tag}`],
    );
    const otherStatement = `The graduates are to guard the emir in Kabul, not Kandahar (${tag}).`;
    const quote = `سينضم الخريجون إلى حرس الأمير في كابل ${tag}`;
    const other = await db.query<{ id: number }>(
      `insert into claims (report_id, statement, quote, quote_language, anchor_exact)
       values ($1, $2, $3, 'ar', $3) returning id`,
      [report.rows[0]!.id, otherStatement, quote],
    );
    return { claimId: demo.rows[0]!.id, otherId: other.rows[0]!.id, otherStatement, quote };
  });
}

test("a reviewer adds and retracts evidence, links a contradicting claim and compares the two", async ({
  page,
}) => {
  // digits, not hex: the Arabic quote stays free of Latin letters, which the Arabic walk
  // (every-page-in-arabic, in parallel) would read on the board as untranslated
  const tag = String(randomInt(10_000_000, 100_000_000));
  const { claimId, otherId, otherStatement, quote } = await setUpClaims(tag);

  await page.goto(`/claims/${claimId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(demoStatement);

  // --- evidence: a script address is refused beside the field, nothing is saved
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  const addEvidence = evidence.getByRole("form", { name: "Add evidence" });
  const title = `Graduates assigned to the emir's guard (${tag})`;
  await addEvidence.getByLabel("Link", { exact: true }).fill("javascript:alert(document.cookie)");
  await addEvidence.getByLabel("Title", { exact: true }).fill(title);
  await addEvidence.getByLabel("Stance").selectOption({ label: "Supports the claim" });
  await addEvidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(addEvidence.getByLabel("Link", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(addEvidence.getByText("starting with http:// or https://")).toBeVisible();
  await expect(evidence.getByRole("link", { name: title })).toHaveCount(0);
  // what was typed is still there to correct
  await expect(addEvidence.getByLabel("Title", { exact: true })).toHaveValue(title);

  // --- a valid source is listed, opening in a new tab without an opener
  const url = `https://news.example/e2e/${tag}`;
  await addEvidence.getByLabel("Link", { exact: true }).fill(url);
  await addEvidence.getByLabel("Outlet").fill("E2E Outlet");
  await addEvidence.getByLabel("Published on").fill("2025-09-20");
  await addEvidence.getByLabel("Archived copy").fill(`https://web.archive.org/web/2025/${url}`);
  await addEvidence.getByLabel("Quote from the source").fill(`خريجو الدورة ${tag}`);
  await addEvidence.getByRole("button", { name: "Add evidence" }).click();
  await expect(addEvidence.getByRole("status")).toContainText("Evidence added");

  const source = evidence.getByRole("listitem").filter({ hasText: title });
  const sourceLink = source.getByRole("link", { name: title });
  await expect(sourceLink).toHaveAttribute("href", url);
  await expect(sourceLink).toHaveAttribute("target", "_blank");
  await expect(sourceLink).toHaveAttribute("rel", "noopener noreferrer");
  await expect(source.getByRole("link", { name: "Archived copy" })).toBeVisible();
  await expect(source).toContainText("Supports");
  await expect(source).toContainText("E2E Outlet");
  await expect(source).toContainText("20 Sep 2025");
  await expect(source).toContainText(/Added by /);
  await expect(addEvidence.getByLabel("Link", { exact: true })).toHaveValue("");

  // --- retracting keeps it, struck through, with the reason
  const reason = `The outlet corrected the story (${tag}).`;
  await source.getByRole("button", { name: /^Retract/ }).click();
  await source.getByLabel("Why retract it?").fill(reason);
  await source.getByRole("button", { name: "Retract evidence" }).click();
  const struck = source.getByRole("deletion");
  await expect(struck).toContainText(title);
  expect(await struck.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain(
    "line-through",
  );
  await expect(source).toContainText(reason);
  await expect(source).toContainText("Retracted by");
  await expect(source.getByRole("button", { name: /^Retract/ })).toHaveCount(0);

  const saved = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ url: string; retraction_reason: string | null }>(
      "select url, retraction_reason from evidence where claim_id = $1 and title = $2",
      [claimId, title],
    );
    return rows;
  });
  expect(saved).toEqual([{ url, retraction_reason: reason }]);

  // --- link the other claim, found by its words, as contradicting this one
  const related = page.getByRole("region", { name: "Related claims", exact: true });
  const linkForm = related.getByRole("form", { name: "Link a claim" });
  await linkForm.getByLabel("Find a claim").fill(`Kabul, not Kandahar (${tag}`);
  await linkForm.getByRole("radio", { name: otherStatement }).check();
  await linkForm.getByLabel("Relation").selectOption({ label: "Contradicts this claim" });
  const note = `Kabul or Kandahar: the two accounts disagree (${tag}).`;
  await linkForm.getByLabel("Note", { exact: true }).fill(note);
  await linkForm.getByRole("button", { name: "Link claims" }).click();
  await expect(linkForm.getByRole("status").filter({ hasText: "Claims linked" })).toBeVisible();

  const onThisCard = related
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: otherStatement }) });
  await expect(onThisCard).toContainText("Contradicted by");
  await expect(onThisCard).toContainText(note);

  // --- the other card shows the same link, and compares the two side by side
  await page.goto(`/claims/${otherId}`);
  const relatedThere = page
    .getByRole("region", { name: "Related claims", exact: true })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: demoStatement }) });
  await expect(relatedThere).toContainText("Contradicted by");
  await expect(relatedThere).toContainText(note);
  await relatedThere.getByRole("link", { name: "Compare side by side" }).click();

  await expect(page).toHaveURL(new RegExp(`/claims/${otherId}/compare/${claimId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Claims ${otherId} and ${claimId} side by side`,
  );
  const left = page.getByRole("region", { name: otherStatement });
  const right = page.getByRole("region", { name: demoStatement });
  await expect(left.locator('blockquote[lang="ar"]')).toHaveText(quote);
  await expect(right).toContainText(/\d+ retracted/);
  expect(await left.locator("blockquote").evaluate((el) => getComputedStyle(el).direction)).toBe(
    "rtl",
  );
  const [leftBox, rightBox] = [await left.boundingBox(), await right.boundingBox()];
  expect(Math.abs(leftBox!.y - rightBox!.y)).toBeLessThan(2);
  expect(rightBox!.x).toBeGreaterThan(leftBox!.x);

  // stacked on a phone
  await page.setViewportSize({ width: 390, height: 844 });
  const [phoneLeft, phoneRight] = [await left.boundingBox(), await right.boundingBox()];
  expect(phoneRight!.y).toBeGreaterThanOrEqual(phoneLeft!.y + phoneLeft!.height);

  const audited = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ entity_id: string }>(
      `select entity_id from audit_events
        where action = 'relation.add' and entity_type = 'claim' and entity_id = any($1)
          and after->>'note' = $2`,
      [[String(claimId), String(otherId)], note],
    );
    return rows.map((r) => Number(r.entity_id)).sort((a, b) => a - b);
  });
  expect(audited).toEqual([claimId, otherId].sort((a, b) => a - b));
});

test("the claim search answers a signed-out visitor with a 401, not a redirect", async ({
  playwright,
  baseURL,
}) => {
  // an explicit empty state: without it the context picks up the file's signed-in storage state
  const anonymous = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const response = await anonymous.get("/api/claims/search?q=Taliban", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  await anonymous.dispose();
});
