import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createAccount, createClaimCard, withDeskDatabase } from "./support/desk";
import { signIn } from "./support/sign-in";
import { expectAxeClean } from "./support/axe";

/**
 * The desk as a team, three browsers at once: an editor bulk-assigns two
 * cards from the board to a reviewer with a due date; the reviewer's bell
 * counts both without a reload, their queue lists both, and rating one marks
 * it done; a third reviewer's grade splits the card's grades, the card asks
 * for a deciding look and proposes someone, and the editor assigns them with
 * one click; the first reviewer mentions the third in Arabic, and the third
 * hears of it and lands on the comment.
 */

const bell = (page: Page) => page.getByRole("link", { name: /^Notifications, / });
const assignments = (page: Page) => page.getByRole("region", { name: "Assignments", exact: true });
const queueLink = (page: Page) =>
  page.getByRole("navigation", { name: "Desk sections" }).getByRole("link", {
    name: "Assigned to me",
  });

async function rate(page: Page, reliability: string, credibility: string) {
  const form = page.getByRole("region", { name: "Sourcing grades" });
  await form.getByRole("radio", { name: new RegExp(`^${reliability} ·`) }).check();
  await form.getByRole("radio", { name: new RegExp(`^${credibility} ·`) }).check();
  await form.getByRole("button", { name: /my rating/ }).click();
  await expect(form.getByText("Rating saved.")).toBeVisible();
}

const inDays = (days: number) => {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};

test("an editor bulk-assigns two cards; the reviewer hears of both live, works the queue, and a split is settled by a deciding look", async ({
  browser,
}) => {
  const tag = randomBytes(4).toString("hex");
  const first = await createClaimCard(`Radar trainees left for China ${tag}`);
  const second = await createClaimCard(`The airbase reopened in spring ${tag}`);
  const editor = await createAccount("editor");
  const reviewer2 = await createAccount("reviewer");
  const reviewer3 = await createAccount("reviewer");
  // an earlier rating on the first card, so two more reach the quorum of three
  const earlier = await createAccount("reviewer");
  await withDeskDatabase((db) =>
    db.query(
      `insert into ratings (claim_id, reviewer_id, reliability, credibility) values ($1, $2, 'C', 3)`,
      [first, earlier.id],
    ),
  );

  const open = async (email: string, password: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email, password);
    return { context, page };
  };
  const ed = await open(editor.email, editor.password);
  const r2 = await open(reviewer2.email, reviewer2.password);
  const r3 = await open(reviewer3.email, reviewer3.password);

  await r2.page.goto("/dashboard");
  await expect(bell(r2.page)).toHaveAccessibleName("Notifications, none unread");
  await r2.page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  // the editor finds both cards, checks them, and assigns them with a due date
  await ed.page.goto(`/claims?q=${tag}`);
  const cards = ed.page.getByRole("list", { name: "Claim cards" }).getByRole("article");
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) {
    await card.getByRole("checkbox", { name: "Select for assigning" }).check();
  }
  await ed.page.getByText("Assign claims", { exact: true }).click();
  const bulk = ed.page.locator("form#bulk-assign");
  await bulk.getByRole("group", { name: "People" }).getByLabel(reviewer2.displayName).check();
  await bulk.getByLabel("Due (optional)").fill(inDays(3));
  await bulk.getByLabel("Note (optional)").fill("check the Euronews date");
  await bulk.getByRole("button", { name: "Assign the selected claims" }).click();
  await expect(bulk.getByText("Assigned 2 of 2 claims")).toBeVisible();
  // the cards now show who holds them and by when
  await expect(cards.first().getByTitle(reviewer2.displayName)).toBeVisible();
  await expect(cards.first()).toContainText(/due \d+ \w+ \d{4}/);

  // reviewer2's bell counts both, on a page that did not reload
  await expect(bell(r2.page)).toHaveAccessibleName("Notifications, 2 unread", {
    timeout: 5_000,
  });
  expect(
    await r2.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);

  // the queue, from the header, lists both
  await queueLink(r2.page).click();
  const queue = r2.page.getByRole("list", { name: "Open assignments" });
  await expect(queue.getByRole("listitem")).toHaveCount(2);
  await expect(queue).toContainText(`Claim ${first}: Radar trainees left for China ${tag}`);
  await expect(queue).toContainText(`Claim ${second}: The airbase reopened in spring ${tag}`);
  await expect(queue).toContainText("check the Euronews date");

  // rating one marks it done
  await queue.getByRole("link", { name: new RegExp(`^Claim ${first}:`) }).click();
  await rate(r2.page, "A", "1");
  await expect(assignments(r2.page)).toContainText(/Done on .*: .* rated the claim\./);
  await queueLink(r2.page).click();
  await expect(queue.getByRole("listitem")).toHaveCount(1);
  await expect(r2.page.getByRole("list", { name: "Done assignments" })).toContainText(
    /you rated the claim/,
  );

  // a third grade far from the others: the card asks for a deciding look
  await r3.page.goto(`/claims/${first}`);
  await rate(r3.page, "E", "5");
  await ed.page.goto(`/claims/${first}`);
  const panel = assignments(ed.page);
  await expect(panel.getByText("Needs a deciding look")).toBeVisible();
  const proposed = await panel.getByText(/^Proposed: /).innerText();
  const name = /^Proposed: (.+) \((?:one|\d+) open assignments?\)\.$/.exec(proposed)?.[1];
  expect(name, proposed).toBeTruthy();
  expect([reviewer2.displayName, reviewer3.displayName, earlier.displayName]).not.toContain(name);
  await panel.getByRole("button", { name: `Assign ${name}` }).click();
  await expect(panel.getByText("Needs a deciding look")).toBeHidden();
  await expect(
    panel.getByRole("listitem").filter({ hasText: "for a deciding look" }),
  ).toContainText(name!);

  // reviewer1 calls reviewer3 into the discussion in Arabic; reviewer3 hears of it and lands on it
  const unreadOf = async (page: Page) =>
    Number(/(\d+) unread/.exec((await bell(page).getAttribute("aria-label")) ?? "")?.[1] ?? 0);
  const unreadBefore = await unreadOf(r3.page);
  const r1 = await open(earlier.email, earlier.password);
  await r1.page.goto(`/claims/${first}`);
  const discussion = r1.page.getByRole("region", { name: "Discussion" });
  const box = discussion.getByRole("textbox", { name: "Add a comment" });
  await box.click();
  await box.pressSequentially(`@${reviewer3.displayName.split(" ").pop()}`);
  await r1.page.getByRole("option", { name: new RegExp(reviewer3.displayName) }).click();
  await box.pressSequentially("هل تحققت من تاريخ الصورة؟");
  await discussion.getByRole("button", { name: "Post comment" }).click();
  await expect(discussion.getByRole("article").filter({ hasText: "تاريخ الصورة" })).toBeVisible();
  await expect.poll(() => unreadOf(r3.page), { timeout: 5_000 }).toBeGreaterThan(unreadBefore);
  await bell(r3.page).click();
  await r3.page.getByRole("link", { name: new RegExp(`mentioned you on claim ${first}:`) }).click();
  await expect(r3.page).toHaveURL(new RegExp(`/claims/${first}#comment-\\d+$`));
  const anchor = new URL(r3.page.url()).hash;
  await expect(r3.page.locator(anchor)).toContainText("هل تحققت من تاريخ الصورة؟");

  for (const { context } of [ed, r1, r2, r3]) await context.close();
});

for (const width of [1280, 390]) {
  test(`assigning passes axe at ${width} px and works by keyboard: the board's bulk form, the card's panel, the queue`, async ({
    browser,
  }) => {
    const tag = randomBytes(4).toString("hex");
    const claimId = await createClaimCard(`Keyboard assignment ${tag}`);
    const editor = await createAccount("editor");
    const reviewer = await createAccount("reviewer");
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signIn(page, editor.email, editor.password);

    await page.goto(`/claims?q=${tag}`);
    const summary = page.getByText("Assign claims", { exact: true });
    await summary.focus();
    await page.keyboard.press("Enter");
    await expectAxeClean(page);
    await page.getByRole("checkbox", { name: "Select for assigning" }).focus();
    await page.keyboard.press("Space");
    const person = page.getByRole("group", { name: "People" }).getByLabel(reviewer.displayName);
    await person.focus();
    await page.keyboard.press("Space");
    await expect(person).toBeChecked();
    await page.getByRole("button", { name: "Assign the selected claims" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Assigned 1 of 1 claims")).toBeVisible();

    await page.goto(`/claims/${claimId}`);
    const panel = assignments(page);
    await expect(panel.getByRole("listitem")).toContainText(reviewer.displayName);
    await expectAxeClean(page);
    const unassign = panel.getByRole("button", { name: `Unassign ${reviewer.displayName}` });
    await unassign.focus();
    await page.keyboard.press("Enter");
    await expect(panel.getByText("Nobody is assigned to this claim.")).toBeVisible();

    // anyone takes a claim nobody holds, and it is in their queue
    const take = panel.getByRole("button", { name: "I'll check this" });
    await take.focus();
    await page.keyboard.press("Enter");
    await expect(panel.getByRole("button", { name: "Release my assignment" })).toBeVisible();
    await page.goto("/assignments");
    await expect(page.getByRole("list", { name: "Open assignments" })).toContainText(
      `Keyboard assignment ${tag}`,
    );
    await expectAxeClean(page);
    await page.goto("/dashboard");
    await expect(page.getByRole("region", { name: "Assignments by person" })).toBeVisible();
    await expectAxeClean(page);
    await context.close();
  });
}
