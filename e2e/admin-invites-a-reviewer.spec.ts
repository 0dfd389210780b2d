import { randomBytes } from "node:crypto";
import {
  expect,
  request as playwrightRequest,
  test,
  type Browser,
  type Page,
} from "@playwright/test";
import { baseURL } from "../playwright.config";
import { createAccount, demoUsers, storageStateOf, withDeskDatabase } from "./support/desk";

type CapturedPost = { headers: Record<string, string>; body: Buffer };

/**
 * Opens the accounts page as the demo admin, does what `act` says, and
 * captures the server-action POST it sends without letting it through.
 */
async function captureAdminPost(
  browser: Browser,
  act: (page: Page) => Promise<void>,
): Promise<CapturedPost> {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  let captured: CapturedPost | undefined;
  await page.route("**/admin/users", async (route) => {
    if (route.request().method() === "POST") {
      const { cookie: _adminCookie, ...headers } = await route.request().allHeaders();
      captured = { headers, body: route.request().postDataBuffer()! };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await page.goto("/admin/users");
  await act(page);
  await expect.poll(() => captured).toBeDefined();
  await context.close();
  return captured!;
}

/** Sends a captured POST again, with the session of `role`. */
async function replayAs(role: "admin" | "reviewer", post: CapturedPost) {
  const context = await playwrightRequest.newContext({
    baseURL,
    storageState: storageStateOf(role),
  });
  const response = await context.post("/admin/users", { headers: post.headers, data: post.body });
  const result = { status: response.status(), text: await response.text() };
  await context.dispose();
  return result;
}

test("an admin invites a reviewer, who chooses a password and is signed in; once deactivated, their next click is refused", async ({
  browser,
}) => {
  const tag = randomBytes(4).toString("hex");
  const email = `invitee-${tag}@e2e.test`;
  const name = `Invitee ${tag}`;

  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  await adminContext.grantPermissions(["clipboard-read", "clipboard-write"]);
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/admin/users");
  const inviteSection = adminPage.getByRole("region", { name: "Invite someone" });
  await inviteSection.getByLabel("Email", { exact: true }).fill(email);
  await inviteSection.getByLabel("Name", { exact: true }).fill(name);
  await inviteSection.getByLabel("Role", { exact: true }).selectOption("reviewer");
  await inviteSection.getByRole("button", { name: "Invite" }).click();
  await expect(
    inviteSection.getByRole("status").filter({ hasText: `Invited ${email}` }),
  ).toBeVisible();

  const linkField = inviteSection.getByLabel("Invite link", { exact: true });
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/welcome\/[A-Za-z0-9_-]{43}$/);
  await inviteSection.getByRole("button", { name: "Copy link" }).click();
  await expect(inviteSection.getByText("Copied to the clipboard.")).toBeVisible();
  expect(await adminPage.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // the list shows the waiting invite, and the link is not shown again
  await adminPage.reload();
  const inviteeRow = adminPage.getByRole("row").filter({ hasText: email });
  await expect(inviteeRow.getByText("Invited")).toBeVisible();
  await expect(adminPage.getByLabel("Invite link", { exact: true })).toHaveCount(0);

  // the invitee, in a browser of their own
  const inviteeContext = await browser.newContext();
  const inviteePage = await inviteeContext.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  await inviteePage.getByLabel("New password").fill("qwerty123456");
  await inviteePage.getByLabel("Repeat the password").fill("qwerty123456");
  await inviteePage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(inviteePage.getByText(/commonly used passwords/)).toBeVisible();

  const password = `river lantern ${tag} orchard`;
  await inviteePage.getByLabel("New password").fill(password);
  await inviteePage.getByLabel("Repeat the password").fill(password);
  await inviteePage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(inviteePage).toHaveURL(/\/claims/);
  await expect(inviteePage.getByRole("heading", { name: "Claims" })).toBeVisible();
  await expect(inviteePage.getByRole("banner").getByText(name)).toBeVisible();

  // the link worked once
  const secondVisit = await browser.newContext();
  const reopened = await secondVisit.newPage();
  await reopened.goto(link);
  await expect(
    reopened.getByRole("heading", { name: "This link has already been used" }),
  ).toBeVisible();
  await secondVisit.close();
  // the invitee, signed in, comes back to it (the browser's Back button) and is sent on to the desk
  await inviteePage.goto(link);
  await expect(inviteePage.getByText(`You are signed in as ${name}.`)).toBeVisible();
  await inviteePage.getByRole("link", { name: "Go to the desk" }).click();
  await expect(inviteePage.getByRole("navigation", { name: "Desk sections" })).toBeVisible();

  // the admin deactivates the new reviewer; their open session ends at the next click
  await adminPage.reload();
  await adminPage.getByRole("button", { name: `Deactivate ${name}` }).click();
  await adminPage.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(
    adminPage.getByRole("status").filter({ hasText: "Account deactivated" }),
  ).toBeVisible();
  // their next click is refused, unless the page's live stream, refused first, already sent
  // them to sign in
  const reports = inviteePage
    .getByRole("navigation", { name: "Desk sections" })
    .getByRole("link", { name: "Reports" });
  await expect(async () => {
    if (!new URL(inviteePage.url()).pathname.startsWith("/login")) {
      await reports.click({ timeout: 2_000 });
    }
    await expect(inviteePage).toHaveURL(/\/login/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const direct = await inviteePage.request.get("/claims", { maxRedirects: 0 });
  expect(direct.status()).toBeGreaterThanOrEqual(300);
  expect(direct.status()).toBeLessThan(400);

  await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ action: string; tokenLogged: boolean }>(
      `select a.action, (coalesce(a.before::text, '') || coalesce(a.after::text, '')) like '%' || $2 || '%' as "tokenLogged"
         from audit_events a join users u on u.id::text = a.entity_id
        where u.email = $1 order by a.id`,
      [email, link.split("/").pop()],
    );
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(["user.invite", "user.accept_invite", "user.deactivate"]),
    );
    expect(rows.every((r) => !r.tokenLogged)).toBe(true);
  });
  await inviteeContext.close();
  await adminContext.close();
});

test("an admin cannot change their own role, even with a hand-made request", async ({
  browser,
}) => {
  const target = await createAccount("reviewer");
  const adminId = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>("select id from users where email = $1", [
      demoUsers.admin,
    ]);
    return rows[0]!.id;
  });

  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await adminContext.newPage();
  await page.goto("/admin/users");
  const ownRow = page.getByRole("row").filter({ hasText: demoUsers.admin });
  await expect(ownRow.getByText("This is you")).toBeVisible();
  await expect(ownRow.getByRole("button")).toHaveCount(0);
  await adminContext.close();

  // demote another account's row, but aim the request at the admin's own id
  const post = await captureAdminPost(browser, async (adminPage) => {
    const row = adminPage.getByRole("row").filter({ hasText: target.email });
    await row.getByLabel(`Role of ${target.displayName}`).selectOption("reviewer");
    await row.getByRole("button", { name: "Change role" }).click();
  });
  const aimed = Buffer.from(post.body.toString("latin1").replaceAll(target.id, adminId), "latin1");
  expect(aimed.equals(post.body)).toBe(false);
  const response = await replayAs("admin", { ...post, body: aimed });
  expect(response.text).toContain("You cannot change your own role.");

  await withDeskDatabase(async (db) => {
    const { rows } = await db.query("select role, active from users where id = $1", [adminId]);
    expect(rows[0]).toEqual({ role: "admin", active: true });
  });
});

test("a reviewer's direct POSTs to the invite, reset-password, end-sessions and change-role actions are refused and audited", async ({
  browser,
}) => {
  test.slow();
  const target = await createAccount("editor");
  const invitedEmail = `captured-${randomBytes(4).toString("hex")}@e2e.test`;

  const attempts: Array<{ action: string; act: (page: Page) => Promise<void> }> = [
    {
      action: "user.invite",
      act: async (page) => {
        const invite = page.getByRole("region", { name: "Invite someone" });
        await invite.getByLabel("Email", { exact: true }).fill(invitedEmail);
        await invite.getByLabel("Name", { exact: true }).fill("Never Invited");
        await invite.getByLabel("Role", { exact: true }).selectOption("admin");
        await invite.getByRole("button", { name: "Invite" }).click();
      },
    },
    {
      action: "user.make_link",
      act: (page) =>
        page.getByRole("button", { name: `Reset password of ${target.displayName}` }).click(),
    },
    {
      action: "user.end_sessions",
      act: (page) =>
        page.getByRole("button", { name: `End all sessions of ${target.displayName}` }).click(),
    },
    {
      action: "user.change_role",
      act: async (page) => {
        const row = page.getByRole("row").filter({ hasText: target.email });
        await row.getByLabel(`Role of ${target.displayName}`).selectOption("admin");
        await row.getByRole("button", { name: "Change role" }).click();
      },
    },
  ];

  for (const { action, act } of attempts) {
    const post = await captureAdminPost(browser, act);
    const response = await replayAs("reviewer", post);
    // the action answers the form: refused, nothing saved
    expect(response.status, action).toBe(200);
    expect(response.text, action).toContain('"refused":"forbidden"');
  }

  await withDeskDatabase(async (db) => {
    const invited = await db.query("select 1 from users where email = $1", [invitedEmail]);
    expect(invited.rowCount).toBe(0);
    const { rows } = await db.query("select role, session_version from users where id = $1", [
      target.id,
    ]);
    expect(rows[0]).toEqual({ role: "editor", session_version: 1 });
    const links = await db.query("select 1 from account_tokens where user_id = $1", [target.id]);
    expect(links.rowCount).toBe(0);
    const refused = await db.query<{ entity_id: string }>(
      `select distinct a.entity_id from audit_events a join users u on u.id = a.actor_id
        where a.action = 'authz.refused' and u.email = $1 and a.entity_id = any($2)`,
      [demoUsers.reviewer, attempts.map((a) => a.action)],
    );
    expect(refused.rows.map((r) => r.entity_id).sort()).toEqual(
      attempts.map((a) => a.action).sort(),
    );
  });
});
