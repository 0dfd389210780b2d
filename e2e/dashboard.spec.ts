import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createAccount, storageStateOf, withDeskDatabase } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

const claimTotal = () =>
  withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ n: number }>("select count(*)::int as n from claims");
    return rows[0]!.n;
  });

/**
 * Two reviewers of the spec's own rate three claims of its own, so the
 * agreement tables have rows to show whatever other specs do in parallel.
 * The claims are dated long ago so the board's newest-first pages still open
 * on the demo claims.
 */
async function seedRatedClaims() {
  const [first, second] = await Promise.all([createAccount("reviewer"), createAccount("reviewer")]);
  await withDeskDatabase(async (db) => {
    const { rows: reports } = await db.query<{ id: number }>(
      "insert into reports (title, language) values ($1, 'en') returning id",
      [`E2E dashboard report ${first.displayName}`],
    );
    const statements = ["agreed A1", "agreed C3", "split E5 D4"].map(
      (grade) => `E2E dashboard claim ${first.displayName}: ${grade}`,
    );
    const { rows: claims } = await db.query<{ id: number; statement: string }>(
      `insert into claims (report_id, statement, quote, quote_language, anchor_exact, status,
                           created_at, updated_at)
       select $1, s, s, 'en', s, 'in_review', timestamptz '2000-01-01', timestamptz '2000-01-01'
       from unnest($2::text[]) as s
       returning id, statement`,
      [reports[0]!.id, statements],
    );
    const idOf = (statement: string) => claims.find((claim) => claim.statement === statement)!.id;
    const [a1, c3, split] = statements.map(idOf) as [number, number, number];
    const ratings: Array<[number, string, string, number]> = [
      [a1, first.id, "A", 1],
      [a1, second.id, "A", 1],
      [c3, first.id, "C", 3],
      [c3, second.id, "C", 3],
      [split, first.id, "E", 5],
      [split, second.id, "D", 4],
    ];
    for (const rating of ratings) {
      await db.query(
        "insert into ratings (claim_id, reviewer_id, reliability, credibility) values ($1, $2, $3, $4)",
        rating,
      );
    }
  });
  return [first, second];
}

test("a reviewer opens the dashboard from the navigation: status counts, claims to rate, agreement", async ({
  page,
}) => {
  const reviewers = await seedRatedClaims();
  const claimsBefore = await claimTotal();

  await page.goto("/claims");
  const nav = page.getByRole("navigation", { name: "Desk sections" });
  await nav.getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  // one tile per status, each opening the board filtered to it, summing to every claim
  const byStatus = page.getByRole("region", { name: "Claims by status" });
  const tiles = byStatus.getByRole("link");
  await expect(tiles).toHaveCount(6);
  const labels = await tiles.evaluateAll((links) =>
    links.map((link) => link.getAttribute("aria-label") ?? ""),
  );
  const counts = labels.map((label) => Number(/: (\d+) claims?$/.exec(label)?.[1] ?? NaN));
  const sum = counts.reduce((total, count) => total + count, 0);
  // other specs may add claims meanwhile; none removes one
  expect(sum).toBeGreaterThanOrEqual(claimsBefore);
  expect(sum).toBeLessThanOrEqual(await claimTotal());
  await expect(byStatus.getByText(`${sum} claims in all`)).toBeVisible();
  await expect(byStatus.getByRole("link", { name: /^In review: \d+ claims?$/ })).toHaveAttribute(
    "href",
    "/claims?status=in_review",
  );

  // the seeded claims wait for this reviewer's rating, the longest-waiting first
  const needs = page.getByRole("region", { name: "Needs your rating" });
  await expect(needs.getByRole("link", { name: /needing your rating$/ })).toHaveAttribute(
    "href",
    // the board's own name for the "needs my rating" filter
    "/claims?unrated=1",
  );
  await expect(needs.getByRole("link", { name: /E2E dashboard claim/ }).first()).toHaveAttribute(
    "href",
    /^\/claims\/\d+$/,
  );

  const agreement = page.getByRole("region", { name: "Agreement between reviewers" });
  await expect(agreement.getByText(/is perfect agreement/)).toBeVisible();
  await expect(agreement.getByText(/^α = -?\d\.\d{3}$/)).toHaveCount(2);
  for (const grade of ["Reliability", "Credibility"]) {
    const table = agreement.getByRole("table", {
      name: `${grade}: agreement without each reviewer`,
    });
    await expect(
      table.getByRole("columnheader", { name: "Alpha without them", exact: true }),
    ).toBeVisible();
    for (const reviewer of reviewers) {
      const row = table.getByRole("row", { name: new RegExp(reviewer.displayName) });
      await expect(row.getByRole("rowheader")).toHaveText(reviewer.displayName);
      await expect(row.getByRole("cell").first()).toHaveText("3");
    }
  }

  const audit = await new AxeBuilder({ page }).include("main").analyze();
  expect(audit.violations).toEqual([]);
});

test("the dashboard fits a phone's width: wide tables scroll inside their box", async ({
  page,
}) => {
  await seedRatedClaims();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/dashboard");
  await expect(
    page.getByRole("table", { name: "Reliability: agreement without each reviewer" }),
  ).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // a table wider than the screen scrolls in a box the keyboard can reach
  const audit = await new AxeBuilder({ page }).include("main").analyze();
  expect(audit.violations).toEqual([]);
});
