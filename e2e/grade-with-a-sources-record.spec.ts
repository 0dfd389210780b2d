import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createAccount, createClaimCard, storageStateOf, withDeskDatabase } from "./support/desk";

/**
 * A reviewer grades a claim whose source has a record on the desk: the
 * record shows beside the reliability letters (other claims' verdicts and
 * letters, never this claim's own ratings), a letter that disagrees with it
 * draws a caution, and the source's page and the sources list show the same
 * record, axe-clean on a desk screen and a phone.
 */

test.use({ storageState: storageStateOf("reviewer") });

type Desk = { sourceId: number; name: string; claimId: number };

/** A source with six decided claims (five false or misleading), and a claim to grade that rests on it. */
async function sourceWithARecord(): Promise<Desk> {
  const name = `Harbour Gazette ${randomBytes(3).toString("hex")}`;
  const [grader, editor, colleague] = await Promise.all([
    createAccount("reviewer"),
    createAccount("editor"),
    createAccount("reviewer"),
  ]);
  const decided = await Promise.all(
    ["false", "false", "false", "false", "misleading", "verified"].map(async (verdict, i) => ({
      verdict,
      claimId: await createClaimCard(`${name} decided claim ${i}`),
    })),
  );
  const claimId = await createClaimCard(`${name} says the port reopened on Monday`);
  const sourceId = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ id: number }>(
      "insert into entities (name, kind) values ($1, 'outlet') returning id",
      [name],
    );
    const id = rows[0]!.id;
    for (const claim of [...decided.map((d) => d.claimId), claimId]) {
      await db.query("insert into claim_sources (claim_id, source_id) values ($1, $2)", [
        claim,
        id,
      ]);
    }
    for (const { claimId: decidedId, verdict } of decided) {
      await db.query(
        "insert into ratings (claim_id, reviewer_id, reliability, credibility) values ($1, $2, 'D', 4)",
        [decidedId, grader.id],
      );
      await db.query(
        "insert into verdicts (claim_id, verdict, rationale, decided_by) values ($1, $2, 'Checked.', $3)",
        [decidedId, verdict, editor.id],
      );
    }
    // a colleague's grade on the claim being graded: blind-first, it must not count
    await db.query(
      "insert into ratings (claim_id, reviewer_id, reliability, credibility) values ($1, $2, 'A', 1)",
      [claimId, colleague.id],
    );
    return id;
  });
  return { sourceId, name, claimId };
}

async function expectAxeClean(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  const audit = await new AxeBuilder({ page }).include("main").analyze();
  expect(audit.violations, `axe at ${width} px`).toEqual([]);
}

test("the source's record shows beside the letters, and a letter that disagrees draws a caution", async ({
  page,
}) => {
  const desk = await sourceWithARecord();
  await page.goto(`/claims/${desk.claimId}`);
  const reliability = page
    .getByRole("region", { name: "Sourcing grades" })
    .getByRole("group", { name: "Source reliability" });
  const record = reliability.getByRole("definition");
  await expect(reliability.getByRole("link", { name: desk.name })).toBeVisible();
  await expect(record).toContainText("6 other claims here: 1 verified, 4 false, 1 misleading.");
  // the letters are the decided claims' D, never the colleague's A on this claim
  await expect(record).toContainText("Reviewers most often gave D.");

  const caution = reliability.getByText(/^Check the letter/);
  await expect(caution).toHaveCount(0);
  await reliability.getByRole("radio", { name: /^A ·/ }).check();
  await expect(caution).toHaveText(
    `Check the letter: you chose A, but 5 of the 6 decided claims resting on ${desk.name} ended false or misleading.`,
  );
  await reliability.getByRole("radio", { name: /^D ·/ }).check();
  await expect(caution).toHaveCount(0);

  const grades = page.getByRole("region", { name: "Sourcing grades" });
  await grades.getByRole("radio", { name: /^4 ·/ }).check();
  await grades.getByRole("button", { name: "Save my rating" }).click();
  await expect(grades.getByText("Rating saved.")).toBeVisible();

  // the source's page: the same record, its claims with their verdicts
  await reliability.getByRole("link", { name: desk.name }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${desk.sourceId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(desk.name);
  const pageRecord = page.getByRole("region", { name: "Record on this desk" });
  await expect(pageRecord).toContainText(
    "7 claims here: 1 verified, 4 false, 1 misleading, 1 undecided.",
  );
  await expect(
    page.getByRole("table", { name: "Reliability letters reviewers gave its claims" }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Claims resting on it" }).getByText("Verdict: False"),
  ).toHaveCount(4);
  await expectAxeClean(page, 1280);
  await expectAxeClean(page, 390);

  // the list, sorted by record: found by name, with its counts
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/sources?q=${encodeURIComponent(desk.name)}&sort=false`);
  const row = page.getByRole("row", { name: new RegExp(desk.name) });
  await expect(row.getByRole("cell")).toHaveText([
    "Outlet",
    "7",
    "1",
    "4",
    "1",
    "0",
    "1",
    "Enough decided claims",
  ]);
  await expectAxeClean(page, 1280);
  await expectAxeClean(page, 390);
});

test("a reviewer names a claim's source from the suggestion its attribution gives", async ({
  page,
}) => {
  const desk = await sourceWithARecord();
  const claimId = await createClaimCard(
    `Ships left ${desk.name} harbour ${randomBytes(2).toString("hex")}`,
  );
  await withDeskDatabase((db) =>
    db.query("update claims set attribution = $1 where id = $2", [
      `Arabic news site, citing ${desk.name}, citing two unnamed harbour pilots`,
      claimId,
    ]),
  );
  await page.goto(`/claims/${claimId}`);
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.getByText("No source named yet.")).toBeVisible();
  await sources.getByRole("button", { name: `Add ${desk.name} (outlet)` }).click();
  await expect(
    sources
      .getByRole("list", { name: "Sources the claim rests on" })
      .getByRole("link", { name: desk.name }),
  ).toBeVisible();
  // the innermost link of the chain, which the desk does not know, is offered as a new person
  await sources
    .getByRole("button", { name: "Make and add two unnamed harbour pilots (person)" })
    .click();
  await expect(
    sources
      .getByRole("list", { name: "Sources the claim rests on" })
      .getByRole("link", { name: "two unnamed harbour pilots" }),
  ).toBeVisible();

  // the board finds the claim by its source
  await page.goto(`/claims?source=${desk.sourceId}`);
  await expect(page.locator(`a[href="/claims/${claimId}"]`).first()).toBeVisible();
});

test.describe("an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("merges two sources that are one, after saying what will move", async ({ page }) => {
    const desk = await sourceWithARecord();
    const duplicate = `${desk.name.replace("Harbour", "The Harbour")}`;
    const claimId = await createClaimCard(`${duplicate} also reported it`);
    const duplicateId = await withDeskDatabase(async (db) => {
      const { rows } = await db.query<{ id: number }>(
        "insert into entities (name, kind) values ($1, 'outlet') returning id",
        [duplicate],
      );
      await db.query("insert into claim_sources (claim_id, source_id) values ($1, $2)", [
        claimId,
        rows[0]!.id,
      ]);
      return rows[0]!.id;
    });
    await page.goto(`/sources/${duplicateId}`);
    await page.getByText("Merge into another source").click();
    await page.getByLabel("The source to keep").selectOption({ label: `${desk.name} (outlet)` });
    await page.getByRole("button", { name: "Merge…" }).click();
    await expect(page.getByText(/Its claims \(1\)/)).toBeVisible();
    await page.getByRole("button", { name: "Yes, merge" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: `Merged into “${desk.name}”` }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Open the kept source" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(desk.name);
    await expect(page.getByRole("region", { name: "Record on this desk" })).toContainText(
      "8 claims here",
    );
    // the merged source's address leads to the kept one
    await page.goto(`/sources/${duplicateId}`);
    await expect(page).toHaveURL(new RegExp(`/sources/${desk.sourceId}$`));
  });
});
