import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/desk";

test("an admin revokes an invite only after confirming it, and its link stops working", async ({
  browser,
}) => {
  const tag = randomBytes(4).toString("hex");
  const email = `revoked-${tag}@e2e.test`;
  const name = `Revoked ${tag}`;

  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/admin/users");
  const inviteSection = adminPage.getByRole("region", { name: "Invite someone" });
  await inviteSection.getByLabel("Email", { exact: true }).fill(email);
  await inviteSection.getByLabel("Name", { exact: true }).fill(name);
  await inviteSection.getByRole("button", { name: "Invite" }).click();
  const link = await inviteSection.getByLabel("Invite link", { exact: true }).inputValue();

  await adminPage.reload();
  const row = adminPage.getByRole("row").filter({ hasText: email });
  const revoke = row.getByRole("button", { name: `Revoke the invite of ${name}` });

  // the first click asks what it will do; keeping the invite sends nothing
  await revoke.click();
  await expect(revoke).toHaveAttribute("aria-expanded", "true");
  await expect(
    row.getByText(`Revoke the invite of ${name}? Their link stops working`),
  ).toBeVisible();
  await expect(row.getByRole("button", { name: "Yes, revoke" })).toBeFocused();
  await row.getByRole("button", { name: "Keep the invite" }).click();
  await expect(row.getByRole("button", { name: "Yes, revoke" })).toHaveCount(0);
  await adminPage.reload();
  await expect(row.getByText("Invited")).toBeVisible();

  await revoke.click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row.getByRole("status").filter({ hasText: "Invite revoked" })).toBeVisible();
  await expect(row.getByRole("button", { name: `Reactivate ${name}` })).toBeVisible();

  const inviteeContext = await browser.newContext();
  const inviteePage = await inviteeContext.newPage();
  await inviteePage.goto(link);
  await expect(
    inviteePage.getByRole("heading", { name: "This account is deactivated" }),
  ).toBeVisible();
  await expect(inviteePage.getByLabel("New password")).toHaveCount(0);

  await inviteeContext.close();
  await adminContext.close();
});
