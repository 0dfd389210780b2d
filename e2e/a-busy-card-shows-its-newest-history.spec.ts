import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createClaimCard, storageStateOf, withDeskDatabase } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

test("a busy card lists its newest events and shows the rest when asked", async ({ page }) => {
  const claimId = await createClaimCard(
    `A card edited many times ${randomBytes(4).toString("hex")}`,
  );
  // twelve edits, oldest first, as the audit trail records them (the chain is the trigger's)
  await withDeskDatabase(async (db) => {
    for (let edit = 1; edit <= 12; edit += 1) {
      await db.query(
        `insert into audit_events (action, entity_type, entity_id, before, after)
         values ('claim.edit', 'claim', $1, $2, $3)`,
        [String(claimId), { statement: `wording ${edit - 1}` }, { statement: `wording ${edit}` }],
      );
    }
  });

  await page.goto(`/claims/${claimId}`);
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(10);
  // newest first: the last edit heads the list, the first two are left for the link
  await expect(history.getByRole("listitem").first()).toContainText("wording 12");
  await expect(history).not.toContainText("wording 0");
  await expect(history.getByText("The latest 10 of 12 events.")).toBeVisible();

  await history.getByRole("link", { name: "Show them all" }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}\\?history=all#history-heading$`));
  await expect(history.getByRole("listitem")).toHaveCount(12);
  await expect(history.getByRole("listitem").last()).toContainText("wording 0");
  await expect(history.getByRole("link", { name: "Show them all" })).toHaveCount(0);
});
