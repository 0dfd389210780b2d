import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createAccount, createClaimCard, withDeskDatabase } from "./support/desk";
import { signIn } from "./support/sign-in";
import { expectAxeClean } from "./support/axe";

/**
 * Two reviewers, two browsers: one mentions the other in an Arabic comment,
 * choosing them from the @ list by keyboard; the other's bell counts it
 * without a reload, and the notification leads to the comment.
 */

const discussion = (page: Page) => page.getByRole("region", { name: "Discussion" });
const bell = (page: Page) => page.getByRole("link", { name: /^Notifications, / });

test("a reviewer mentions a colleague in Arabic; the colleague's bell shows it live and leads to the comment", async ({
  browser,
}) => {
  const tag = randomBytes(4).toString("hex");
  const claimId = await createClaimCard(`Trainees went to China for radar training ${tag}`);
  const writer = await createAccount("reviewer");
  const colleague = await createAccount("reviewer");
  const arabicName = `هناء يوسف ${tag}`;
  await withDeskDatabase((db) =>
    db.query("update users set display_name = $1 where id = $2", [arabicName, colleague.id]),
  );

  const writerContext = await browser.newContext();
  const writerPage = await writerContext.newPage();
  await signIn(writerPage, writer.email, writer.password);
  const colleagueContext = await browser.newContext();
  const colleaguePage = await colleagueContext.newPage();
  await signIn(colleaguePage, colleague.email, colleague.password);

  await colleaguePage.goto("/dashboard");
  await expect(bell(colleaguePage)).toHaveAccessibleName("Notifications, none unread");
  await colleaguePage.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  await writerPage.goto(`/claims/${claimId}`);
  const box = discussion(writerPage).getByRole("textbox", { name: "Add a comment" });
  await box.click();
  await box.pressSequentially("@هناء");
  const list = writerPage.getByRole("listbox", { name: "People to mention" });
  await expect(list).toBeVisible();
  await expect(box).toHaveAttribute("aria-activedescendant", /option-0$/);
  await expect(list.getByRole("option", { selected: true })).toContainText(arabicName);
  await expectAxeClean(writerPage);
  await box.press("Enter");
  await expect(list).toBeHidden();
  await expect(box).toHaveValue(new RegExp(`^\\[@${arabicName}\\]\\(user:${colleague.id}\\) $`));
  await box.pressSequentially("هل رأيت تاريخ المصدر؟");
  await discussion(writerPage).getByRole("button", { name: "Post comment" }).click();
  const posted = discussion(writerPage)
    .getByRole("article")
    .filter({ hasText: "هل رأيت تاريخ المصدر" });
  await expect(posted).toBeVisible();
  // the mention reads as the person's name, not as the stored link
  await expect(posted).toContainText(`@${arabicName}`);
  await expect(posted).not.toContainText("user:");

  // the colleague's bell counts it, on a page that did not reload
  await expect(bell(colleaguePage)).toHaveAccessibleName("Notifications, 1 unread", {
    timeout: 5_000,
  });
  expect(
    await colleaguePage.evaluate(
      () => (window as unknown as { notReloaded?: boolean }).notReloaded,
    ),
  ).toBe(true);

  await bell(colleaguePage).click();
  await expect(colleaguePage.getByRole("heading", { name: "Notifications" })).toBeVisible();
  const notice = colleaguePage.getByRole("link", {
    name: new RegExp(`mentioned you on claim ${claimId}: Trainees went to China`),
  });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(colleaguePage).toHaveURL(new RegExp(`/claims/${claimId}#comment-\\d+$`));
  const commentId = new URL(colleaguePage.url()).hash.slice(1);
  await expect(colleaguePage.locator(`#${commentId}`)).toContainText("هل رأيت تاريخ المصدر");
  await expect(bell(colleaguePage)).toHaveAccessibleName("Notifications, none unread");

  await writerContext.close();
  await colleagueContext.close();
});

test("a mention of a deactivated account is refused on the comment's field, keeping the text", async ({
  browser,
}) => {
  const claimId = await createClaimCard(`Deactivated mention ${randomBytes(4).toString("hex")}`);
  const writer = await createAccount("reviewer");
  const gone = await createAccount("reviewer");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, writer.email, writer.password);
  await page.goto(`/claims/${claimId}`);
  // chosen while active, deactivated before the comment is sent
  const box = discussion(page).getByRole("textbox", { name: "Add a comment" });
  await box.click();
  await box.pressSequentially(`@${gone.displayName.split(" ").pop()}`);
  await page.getByRole("option", { name: new RegExp(gone.displayName) }).click();
  await box.pressSequentially("please look");
  await withDeskDatabase((db) =>
    db.query("update users set active = false where id = $1", [gone.id]),
  );
  await discussion(page).getByRole("button", { name: "Post comment" }).click();
  await expect(
    discussion(page).getByText(/deactivated, so they cannot be mentioned/),
  ).toBeVisible();
  await expect(box).toHaveValue(/please look$/);
  await context.close();
});

for (const width of [1280, 390]) {
  test(`the inbox, the account's email settings and the jobs page pass axe at ${width} px and work by keyboard`, async ({
    browser,
  }) => {
    const admin = await createAccount("admin");
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signIn(page, admin.email, admin.password);
    const claimId = await createClaimCard(`Axe inbox ${randomBytes(4).toString("hex")}`);
    await withDeskDatabase((db) =>
      db.query(
        `insert into notifications (recipient_id, kind, claim_id, actor_id, detail)
         values ($1, 'watched_rating', $2, null, '{"ratingCount": 2}'),
                ($1, 'watched_verdict_set', $2, null, '{"verdict": "false"}')`,
        [admin.id, claimId],
      ),
    );
    await page.goto("/notifications");
    await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
    await expectAxeClean(page);
    // by keyboard: tab to "Mark read" of the first and press it
    const markRead = page.getByRole("button", { name: /^Mark read: The desk set the verdict/ });
    await markRead.focus();
    await page.keyboard.press("Enter");
    await expect(markRead).toBeHidden();
    await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread");
    await page.getByRole("button", { name: "Mark all read" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Marked 1 notification read.")).toBeVisible();
    await expect(bell(page)).toHaveAccessibleName("Notifications, none unread");

    await page.goto("/account");
    const section = page.getByRole("region", { name: "Email notifications" });
    await expect(section).toBeVisible();
    await expectAxeClean(page);
    const off = section
      .getByRole("group", { name: "A new rating on a claim you watch" })
      .getByRole("radio", { name: "Off" });
    await off.focus();
    await page.keyboard.press("Space");
    await expect(off).toBeChecked();
    await section.getByRole("button", { name: "Save email settings" }).click();
    await expect(section.getByText("Email settings saved.")).toBeVisible();

    await page.goto("/admin/jobs");
    await expect(page.getByRole("heading", { name: "Background jobs" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "worker is running" })).toBeVisible();
    await expectAxeClean(page);

    await page.goto(`/claims/${claimId}`);
    const watch = page.getByRole("button", { name: "Watch" });
    await watch.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Stop watching" })).toBeVisible();
    await expect(page.getByText("You watch this claim (you chose to).")).toBeVisible();
    await expectAxeClean(page);
    await context.close();
  });
}

test("the unsubscribe page opens without signing in, refuses a token the desk did not sign, and passes axe", async ({
  browser,
}) => {
  // a valid token's whole path is proven in lib/notifications/email.integration.test.ts
  const context = await browser.newContext();
  const anonymous = await context.newPage();
  await anonymous.goto("/unsubscribe?token=bogus.token");
  await expect(anonymous.getByRole("heading", { name: "Email notifications" })).toBeVisible();
  await expect(anonymous.getByText("This unsubscribe link is not valid.")).toBeVisible();
  await expectAxeClean(anonymous);
  await context.close();
});
