import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createAccount, createClaimCard, storageStateOf } from "./support/desk";
import { signIn } from "./support/sign-in";

async function rate(page: Page, reliability: string, credibility: string) {
  const form = page.getByRole("region", { name: "Sourcing grades" });
  await form.getByRole("radio", { name: new RegExp(`^${reliability} ·`) }).check();
  await form.getByRole("radio", { name: new RegExp(`^${credibility} ·`) }).check();
  const save = form.getByRole("button", { name: /my rating/ });
  await save.focus();
  await page.keyboard.press("Enter");
  await expect(form.getByText("Rating saved.")).toBeVisible();
  // a keyboard user is still at the form, next to what it answered
  await expect(save).toBeFocused();
}

test("two reviewers rate blind-first, see each other live, and an editor's verdict locks ratings", async ({
  browser,
}) => {
  const claimId = await createClaimCard(`Review spec claim ${randomBytes(3).toString("hex")}`);
  const first = await browser.newContext({ storageState: storageStateOf("reviewer") });
  const second = await browser.newContext();
  const editor = await browser.newContext({ storageState: storageStateOf("editor") });
  const [alice, bob, ed] = await Promise.all([first.newPage(), second.newPage(), editor.newPage()]);
  const bobAccount = await createAccount("reviewer");
  await signIn(bob, bobAccount.email, bobAccount.password);

  await alice.goto(`/claims/${claimId}`);
  await bob.goto(`/claims/${claimId}`);
  const aliceGrades = alice.getByRole("region", { name: "Sourcing grades" });
  await expect(aliceGrades.getByText("Nobody has rated this claim yet.")).toBeVisible();

  // Bob rates; Alice's page shows one rating without a reload, but not its grades
  await rate(bob, "B", "2");
  await expect(aliceGrades.getByText("1 reviewer has rated this claim")).toBeVisible({
    timeout: 4000,
  });
  await expect(aliceGrades.getByText(bobAccount.displayName)).toHaveCount(0);

  // once Alice rates she sees both, with the consensus
  await rate(alice, "B", "5");
  await expect(aliceGrades.getByText(bobAccount.displayName)).toBeVisible();
  await expect(aliceGrades.getByText(/Consensus:/)).toBeVisible();

  // the editor decides; the reviewers can no longer rate
  await ed.goto(`/claims/${claimId}`);
  const verdict = ed.getByRole("region", { name: "Verdict" });
  await verdict.getByLabel("Verdict").selectOption("misleading");
  await verdict.getByLabel("Rationale").fill("The figure is right but the date is not.");
  await verdict.getByRole("button", { name: "Set verdict" }).click();
  await expect(verdict.getByText("Misleading", { exact: true })).toBeVisible();

  await bob.reload();
  // the verdict overrides the computed status, on the card's page and on the board
  await expect(bob.locator("article header").getByText("Verdict: Misleading")).toBeVisible();
  const bobGrades = bob.getByRole("region", { name: "Sourcing grades" });
  await expect(bobGrades.getByText("ratings are locked")).toBeVisible();
  await expect(bobGrades.getByRole("button", { name: /my rating/ })).toHaveCount(0);
  await expect(bob.getByRole("region", { name: "Verdict" }).getByRole("button")).toHaveCount(0);

  await bob.goto("/claims?verdict=misleading");
  const card = bob
    .getByRole("article")
    .filter({ has: bob.locator(`a[href="/claims/${claimId}"]`) });
  await expect(card.getByText("Verdict: Misleading")).toBeVisible();

  await Promise.all([first.close(), second.close(), editor.close()]);
});
