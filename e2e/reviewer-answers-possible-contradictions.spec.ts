import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateOf, withDeskDatabase } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

/**
 * Two claims from two reports telling the same crossing's reopening on
 * different days, inserted as a bulk import would write them (their
 * resemblances are worked out when the desk's lists are read).
 */
async function contradictingPair(place: string) {
  return withDeskDatabase(async (db) => {
    const ids: number[] = [];
    const reportIds: number[] = [];
    for (const [outlet, day] of [
      ["Wire", 4],
      ["Radio", 14],
    ] as const) {
      const report = await db.query<{ id: number }>(
        "insert into reports (title, language) values ($1, 'en') returning id",
        [`${outlet} ${place}`],
      );
      const statement = `Pakistan reopened the ${place} border crossing to lorries on ${day} May 2024.`;
      const { rows } = await db.query<{ id: number }>(
        `insert into claims (report_id, statement, quote, quote_language, anchor_exact)
         values ($1, $2, $2, 'en', $2) returning id`,
        [report.rows[0]!.id, statement],
      );
      ids.push(rows[0]!.id);
      reportIds.push(report.rows[0]!.id);
    }
    return { claims: [ids[0]!, ids[1]!] as const, wireReport: reportIds[0]! };
  });
}

test("a reviewer confirms one possible contradiction and dismisses another, each remembered on the cards", async ({
  page,
}) => {
  const tag = randomBytes(3).toString("hex");
  const confirming = await contradictingPair(`Kharlachi${tag}`);
  const dismissing = await contradictingPair(`Ghulam${tag}`);
  const [confirmA, confirmB] = confirming.claims;
  const [dismissA, dismissB] = dismissing.claims;

  // the desk's whole list shows its strongest pairs, which other specs' claims may fill
  await page.goto("/claims");
  await page.getByRole("link", { name: "Possible duplicates and contradictions" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Possible duplicates and contradictions" }),
  ).toBeVisible();
  // a report's own pairs are a link away from the report
  await page.goto(`/reports/${confirming.wireReport}`);
  await page
    .getByRole("link", { name: "Possible duplicates and contradictions with this report's claims" })
    .click();
  await expect(page.getByText(`Only the pairs with a claim from the report`)).toBeVisible();

  const contradictions = page.getByRole("region", { name: "Possible contradictions", exact: true });
  const proposalOf = (a: number, b: number) =>
    contradictions
      .getByRole("listitem")
      .filter({ hasText: `Claim ${a},` })
      .filter({ hasText: `Claim ${b},` });
  const toConfirm = proposalOf(confirmA, confirmB);
  // the report's claims are worked out as its list is read
  await expect(toConfirm).toContainText("4 May 2024 / 14 May 2024");

  // the page reads well to a screen reader, on a desk and on a phone
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const audit = await new AxeBuilder({ page }).analyze();
    expect(audit.violations, `at ${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await toConfirm
    .getByRole("button", {
      name: `Confirm: they contradict (claims ${confirmA} and ${confirmB})`,
    })
    .click();
  await expect(toConfirm).toHaveCount(0);

  await page.goto(`/claims/pairs?report=${dismissing.wireReport}`);
  const toDismiss = proposalOf(dismissA, dismissB);
  await toDismiss
    .getByRole("button", {
      name: `Dismiss: no contradiction (claims ${dismissA} and ${dismissB})`,
    })
    .click();
  await expect(toDismiss).toHaveCount(0);
  // a dismissed pair is not proposed again
  await page.reload();
  await expect(contradictions).toBeVisible();
  await expect(proposalOf(dismissA, dismissB)).toHaveCount(0);

  // the confirmed pair is a "contradicts" link, noting the values
  await page.goto(`/claims/${confirmA}`);
  await expect(page.getByRole("region", { name: "Related claims" })).toContainText(
    `Contradicted by: Pakistan reopened the Kharlachi${tag} border crossing to lorries on 14 May 2024.`,
  );

  // the dismissal is in both cards' history, and the card proposes nothing more
  for (const id of [dismissA, dismissB]) {
    await page.goto(`/claims/${id}`);
    await expect(page.getByRole("region", { name: "History" })).toContainText(
      "dismissed a possible contradiction",
    );
    await expect(page.getByRole("region", { name: /^Possible contradictions/ })).toHaveCount(0);
  }
});
