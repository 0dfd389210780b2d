import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createAccount, storageStateOf, withDeskDatabase } from "./support/desk";
import { signIn } from "./support/sign-in";

/** The promise: another reviewer's work shows up within two seconds. */
const LIVE_DEADLINE_MS = 2_000;

/** A demo claim nobody has rated or ruled on, so any reviewer may comment on it. */
async function openClaimId() {
  return withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ id: number }>(
      `select c.id from claims c
        where not exists (select 1 from ratings r where r.claim_id = c.id)
          and not exists (select 1 from verdicts v where v.claim_id = c.id)
        order by c.id desc limit 1`,
    );
    expect(rows, "the demo desk has a claim without ratings").toHaveLength(1);
    return rows[0]!.id;
  });
}

const liveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^Live/ });
const discussion = (page: Page) => page.getByRole("region", { name: "Discussion" });
const commentBox = (page: Page) =>
  discussion(page).getByRole("textbox", { name: /^(add a )?comment$/i });

test("a reviewer sees another reviewer's comment appear on the open claim page without reloading", async ({
  browser,
}) => {
  const claimId = await openClaimId();
  const comment = `Checked the archive copy ${randomBytes(4).toString("hex")}`;
  const draft = "My own half-written note";

  const watcherContext = await browser.newContext({ storageState: storageStateOf("reviewer") });
  const watcher = await watcherContext.newPage();
  const colleague = await createAccount("reviewer");
  const authorContext = await browser.newContext();
  const author = await authorContext.newPage();
  await signIn(author, colleague.email, colleague.password);

  await watcher.goto(`/claims/${claimId}`);
  await author.goto(`/claims/${claimId}`);
  // the stream is open (and the server listening) before anything changes
  await expect(liveStatus(watcher)).toBeVisible();
  await expect(liveStatus(author)).toBeVisible();
  await expect(discussion(watcher).getByText(comment)).toHaveCount(0);

  // proves "without reload": a full page load would forget this
  await watcher.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  // and what the watcher is typing survives the refresh
  await commentBox(watcher).fill(draft);

  await commentBox(author).fill(comment);
  await discussion(author).getByRole("button", { name: "Post comment" }).click();
  await expect(discussion(author).getByText(comment)).toBeVisible();

  // the comment is committed now; the watcher's page must catch up on its own
  await expect(discussion(watcher).getByText(comment)).toBeVisible({ timeout: LIVE_DEADLINE_MS });
  await expect(liveStatus(watcher)).toHaveText(/^Live: updated \d{1,2}:\d{2}:\d{2}/);
  expect(
    await watcher.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
  await expect(commentBox(watcher)).toHaveValue(draft);

  await watcherContext.close();
  await authorContext.close();
});

test("the live stream refuses a visitor who is not signed in", async ({ request }) => {
  const claimId = await openClaimId();
  for (const path of ["/api/live/claims", `/api/live/claims?claim=${claimId}`]) {
    const response = await request.get(path);
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  }
});
