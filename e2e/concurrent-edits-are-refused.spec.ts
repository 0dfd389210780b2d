import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createAccount, createClaimCard, storageStateOf } from "./support/desk";
import { signIn } from "./support/sign-in";

const liveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^Live/ });
const claimField = (page: Page) =>
  page.getByRole("textbox", { name: "Claim (one checkable sentence)" });

async function openEditForm(page: Page, claimId: number) {
  await page.goto(`/claims/${claimId}`);
  await expect(liveStatus(page)).toBeVisible();
  await page.getByText("Edit the card", { exact: true }).click();
  await expect(claimField(page)).toBeVisible();
}

test("an edit begun before a colleague's save is refused, even after the live feed refreshed the page", async ({
  browser,
}) => {
  const tag = randomBytes(4).toString("hex");
  const claimId = await createClaimCard(`Twenty-two trainees went to China (${tag}).`);
  const first = await browser.newContext({ storageState: storageStateOf("editor") });
  const firstPage = await first.newPage();
  const colleague = await createAccount("editor");
  const second = await browser.newContext();
  const secondPage = await second.newPage();
  await signIn(secondPage, colleague.email, colleague.password);

  await openEditForm(firstPage, claimId);
  await openEditForm(secondPage, claimId);

  // the second editor starts typing first …
  const mine = `Twenty-two trainees went to China for radar training (${tag}).`;
  await claimField(secondPage).fill(mine);
  // … and the first one saves before them
  const theirs = `Twenty-two air-defence trainees went to China (${tag}).`;
  await claimField(firstPage).fill(theirs);
  await firstPage.getByRole("button", { name: "Save changes" }).click();
  await expect(firstPage.getByText("Claim updated.")).toBeVisible();

  // the live feed brings the saved card to the second page; the draft stays
  await expect(secondPage.getByRole("heading", { name: theirs })).toBeVisible();
  await expect(claimField(secondPage)).toHaveValue(mine);

  await secondPage.getByRole("button", { name: "Save changes" }).click();
  await expect(secondPage.getByText(/since you opened it/)).toBeVisible();
  await expect(secondPage.getByText(theirs).first()).toBeVisible();

  // having seen their version, saving again is a knowing overwrite, and it goes through
  await secondPage.getByRole("button", { name: "Save changes" }).click();
  await expect(secondPage.getByText("Claim updated.")).toBeVisible();
  await expect(secondPage.getByRole("heading", { name: mine })).toBeVisible();

  await first.close();
  await second.close();
});
