import { expect, request as playwrightRequest, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { createAccount, withDeskDatabase } from "../support/desk";
import { signIn } from "../support/sign-in";
import { signedInClient } from "./support";

/**
 * A session cookie is a bearer credential: whoever copies it is signed in.
 * So a session lives on the server (lib/auth/sessions.ts): signing out ends
 * it there, and a copy of its cookie made before is refused at once;
 * renewing the cookie through Auth.js's session endpoint, which re-issues it
 * with a later expiry, cannot carry it past SESSION_MAX_DAYS (7 by default)
 * after sign-in; and "Sign out everywhere" ends every session of the account.
 */

/** A client holding only `cookies`, as a thief holding a copy of them would. */
async function clientWithCookies(
  cookies: Awaited<
    ReturnType<Awaited<ReturnType<typeof signedInClient>>["storageState"]>
  >["cookies"],
) {
  return playwrightRequest.newContext({ baseURL, storageState: { cookies, origins: [] } });
}

/** 200 while the cookie's session counts; 401 once it does not. */
const searchStatus = async (client: Awaited<ReturnType<typeof clientWithCookies>>) =>
  (await client.get("/api/claims/search?q=a", { failOnStatusCode: false })).status();

test("a session cookie copied before signing out is refused after it", async ({ page }) => {
  const account = await createAccount("reviewer");
  await signIn(page, account.email, account.password);
  const copy = await clientWithCookies(await page.context().cookies());
  expect(await searchStatus(copy)).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  expect(await searchStatus(copy)).toBe(401);
  const pageAnswer = await copy.get("/claims", { maxRedirects: 0 });
  expect(pageAnswer.headers()["location"] ?? "").toMatch(/\/login/);
  await copy.dispose();

  const signOuts = await withDeskDatabase(async (db) => {
    const { rows } = await db.query(
      "select 1 from audit_events where action = 'auth.sign_out' and actor_id = $1",
      [account.id],
    );
    return rows.length;
  });
  expect(signOuts).toBe(1);
});

test("renewing the cookie through Auth.js's session endpoint does not pass the absolute limit", async () => {
  const account = await createAccount("reviewer");
  const client = await signedInClient(account);
  const firstCookies = (await client.storageState()).cookies;

  // the endpoint renews a session that counts: the cookie comes back with a later expiry
  const renewed = await client.get("/api/auth/session");
  expect(((await renewed.json()) as { user?: { email?: string } } | null)?.user?.email).toBe(
    account.email,
  );
  expect(renewed.headers()["set-cookie"] ?? "").toMatch(/authjs\.session-token=/);
  expect(await searchStatus(client)).toBe(200);

  // the session was signed in just over seven days ago, and used a minute ago
  await withDeskDatabase((db) =>
    db.query(
      `update sessions set started_at = now() - interval '7 days 1 minute',
              last_seen_at = now() - interval '1 minute'
        where user_id = $1`,
      [account.id],
    ),
  );
  const refused = await client.get("/api/auth/session");
  expect(await refused.json()).toBeNull();
  expect(await searchStatus(client)).toBe(401);
  // neither the cookie from sign-in nor the renewed one gets in
  const original = await clientWithCookies(firstCookies);
  expect(await searchStatus(original)).toBe(401);
  await original.dispose();
  await client.dispose();
});

test("Sign out everywhere on the Account page ends every session of the account", async ({
  browser,
}) => {
  const account = await createAccount("reviewer");
  const here = await browser.newContext();
  const herePage = await here.newPage();
  await signIn(herePage, account.email, account.password);
  const elsewhere = await browser.newContext();
  const elsewherePage = await elsewhere.newPage();
  await signIn(elsewherePage, account.email, account.password);

  await herePage.getByRole("link", { name: "Account", exact: true }).click();
  const sessions = herePage.getByRole("region", { name: "Sign out everywhere" });
  await sessions.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(herePage).toHaveURL(/\/login/);

  await elsewherePage.getByRole("link", { name: "Claims" }).click();
  await expect(elsewherePage).toHaveURL(/\/login/);
  await here.close();
  await elsewhere.close();
});
