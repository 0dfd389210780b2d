import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createAccount, createClaimCard, withDeskDatabase } from "./support/desk";
import { signIn } from "./support/sign-in";

const discussion = (page: Page) => page.getByRole("region", { name: "Discussion" });
const commentBox = (page: Page) =>
  discussion(page).getByRole("textbox", { name: /^(add a )?comment$/i });

test("a comment sent after signing out in another tab is refused in the form, kept, and sent once signed in again", async ({
  browser,
}) => {
  const tag = randomBytes(4).toString("hex");
  const claimId = await createClaimCard(`The border post reopened (${tag}).`);
  const reviewer = await createAccount("reviewer");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/claims/${claimId}`);
  const comment = `The archive copy shows a different date (${tag}).`;
  await commentBox(page).fill(comment);

  // the same person signs out in another tab of the same browser
  const otherTab = await context.newPage();
  await otherTab.goto("/claims");
  await otherTab.getByRole("button", { name: "Sign out" }).click();
  await expect(otherTab).toHaveURL(/\/login/);

  await discussion(page).getByRole("button", { name: "Post comment" }).click();
  const refusal = discussion(page).getByRole("alert");
  await expect(refusal).toContainText("You are signed out");
  await expect(commentBox(page)).toHaveValue(comment);
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}$`));
  await expect(refusal.getByRole("link", { name: "Sign in in a new tab" })).toHaveAttribute(
    "target",
    "_blank",
  );

  await signIn(otherTab, reviewer.email, reviewer.password);
  await discussion(page).getByRole("button", { name: "Post comment" }).click();
  await expect(discussion(page).getByText(comment)).toBeVisible();
  await expect(commentBox(page)).toHaveValue("");

  const refusals = await withDeskDatabase(async (db) => {
    const { rows } = await db.query(
      "select 1 from audit_events where action = 'authz.refused' and entity_id = 'comment.create' and after->>'reason' = 'not signed in' and occurred_at > now() - interval '5 minutes'",
    );
    return rows.length;
  });
  expect(refusals).toBeGreaterThanOrEqual(1);
  await context.close();
});

test("an editor whose role is taken away mid-verdict is told so, the rationale kept, and the refusal names them", async ({
  page,
}) => {
  const tag = randomBytes(4).toString("hex");
  const claimId = await createClaimCard(`Twenty-two trainees went to China (${tag}).`);
  const editor = await createAccount("editor");
  await signIn(page, editor.email, editor.password);
  await page.goto(`/claims/${claimId}`);
  const verdicts = page.getByRole("region", { name: "Verdict" });
  await verdicts.getByLabel("Verdict").selectOption("unproven");
  const rationale = `No second source confirms the number of trainees (${tag}).`;
  await verdicts.getByLabel("Rationale").fill(rationale);

  await withDeskDatabase((db) =>
    db.query("update users set role = 'reviewer' where id = $1", [editor.id]),
  );
  await verdicts.getByRole("button", { name: "Set verdict" }).click();
  await expect(verdicts.getByRole("alert")).toContainText("Your role no longer allows this");
  await expect(verdicts.getByLabel("Rationale")).toHaveValue(rationale);

  await withDeskDatabase(async (db) => {
    const set = await db.query("select 1 from verdicts where claim_id = $1", [claimId]);
    expect(set.rowCount).toBe(0);
    const refused = await db.query(
      "select 1 from audit_events where action = 'authz.refused' and entity_id = 'verdict.set' and actor_id = $1",
      [editor.id],
    );
    expect(refused.rowCount).toBe(1);
  });
});

test("a reviewer deactivated mid-comment is told the account was deactivated, the comment kept", async ({
  page,
}) => {
  const tag = randomBytes(4).toString("hex");
  const claimId = await createClaimCard(`The radar course lasted six months (${tag}).`);
  const reviewer = await createAccount("reviewer");
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/claims/${claimId}`);
  const comment = `The course length comes from one anonymous source (${tag}).`;
  await commentBox(page).fill(comment);

  await withDeskDatabase((db) =>
    db.query("update users set active = false where id = $1", [reviewer.id]),
  );
  await discussion(page).getByRole("button", { name: "Post comment" }).click();
  const refusal = discussion(page).getByRole("alert");
  await expect(refusal).toContainText("An admin has deactivated your account");
  // signing in again cannot help, so the form does not offer it
  await expect(refusal.getByRole("link", { name: "Sign in in a new tab" })).toHaveCount(0);
  await expect(commentBox(page)).toHaveValue(comment);

  const refused = await withDeskDatabase((db) =>
    db.query(
      "select 1 from audit_events where action = 'authz.refused' and entity_id = 'comment.create' and actor_id = $1 and after->>'reason' = 'account deactivated'",
      [reviewer.id],
    ),
  );
  expect(refused.rowCount).toBe(1);
});
