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
async function contradictingPair(place: string): Promise<[number, number]> {
  return withDeskDatabase(async (db) => {
    const ids: number[] = [];
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
    }
    return [ids[0]!, ids[1]!];
  });
}

test("a reviewer confirms one possible contradiction and dismisses another, each remembered on the cards", async ({
  page,
}) => {
  const tag = randomBytes(3).toString("hex");
  const [confirmA, confirmB] = await contradictingPair(`Kharlachi${tag}`);
  const [dismissA, dismissB] = await contradictingPair(`Ghulam${tag}`);

  await page.goto("/claims");
  await page.getByRole("link", { name: "Possible duplicates and contradictions" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Possible duplicates and contradictions" }),
  ).toBeVisible();

  const contradictions = page.getByRole("region", { name: "Possible contradictions", exact: true });
  const proposalOf = (a: number, b: number) =>
    contradictions
      .getByRole("listitem")
      .filter({ hasText: `Claim ${a},` })
      .filter({ hasText: `Claim ${b},` });
  const toConfirm = proposalOf(confirmA, confirmB);
  const toDismiss = proposalOf(dismissA, dismissB);
  // claims written in bulk are worked out a batch per page view (and by the
  // queue each minute): behind other specs' bulk claims, ours may take a view or two
  await expect(async () => {
    await page.reload();
    await expect(toConfirm).toContainText("4 May 2024 / 14 May 2024", { timeout: 1_000 });
    await expect(toDismiss).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

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
