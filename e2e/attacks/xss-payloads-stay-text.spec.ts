import { expect, test, type APIRequestContext } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { signIn } from "../support/sign-in";
import { visit } from "./xss-checks";
import { plantPayloads } from "./xss-planting";

/**
 * Stored XSS: the classic payloads (scripts/testing/xss-payloads.ts) plus a few
 * that set `window.__xss` instead of calling alert, entered through the
 * desk's own actions into every free-text field that is shown again: claim
 * statements and attributions (made and edited), quotes (pasted, so looked
 * up in the report text), comments, evidence titles, outlets and quotes,
 * report titles, outlets and authors, display names, link notes, rating
 * notes, verdict rationales and retraction reasons. Then every page that
 * shows them is opened in Chromium with the Content-Security-Policy switched
 * off, so that escaping alone is on trial: no dialog may open, the sentinel
 * must stay unset, no element may carry an event handler or a script URL,
 * and the payloads must be on the page as the text that was typed.
 */

let tag: string;
let author: APIRequestContext;
let admin: APIRequestContext;
let adminAccount: Awaited<ReturnType<typeof plantPayloads>>["adminAccount"];
let ids: Awaited<ReturnType<typeof plantPayloads>>["ids"];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  ({ tag, author, admin, adminAccount, ids } = await plantPayloads());
});

test.afterAll(async () => {
  await author?.dispose();
  await admin?.dispose();
});

test("no payload runs on any page that shows them", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL, bypassCSP: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await signIn(page, adminAccount.email, adminAccount.password);

  const [showcase, second] = ids.claims as [number, number];
  // the page, and how many payloads it must show as plain text (at least 30 where a field repeats)
  const pages: [string, number][] = [
    [`/claims?report=${ids.mainReport}`, 30],
    [`/claims?report=${ids.mainReport}&page=2`, 1],
    [`/claims/${showcase}`, 30],
    [`/claims/${second}`, 1],
    [`/claims/${showcase}/compare/${second}`, 1],
    // the desk's possible duplicates and contradictions show statements, when any pair qualifies
    ["/claims/pairs", 0],
    [`/reports/${ids.mainReport}`, 30],
    [`/reports/${ids.otherReport}`, 1],
    ["/reports", 30],
    ["/timeline", 1],
    [`/sources/${ids.outletSource}`, 1],
    ["/dashboard", 1],
    [`/admin/users?q=${tag}`, 30],
    ["/admin/audit", 1],
    [`/export?report=${ids.mainReport}&status=all`, 1],
    ["/account", 1],
  ];
  for (const [path, atLeast] of pages) {
    const shown = await visit(page, path, dialogs);
    expect(shown, `${path} shows the payloads as text`).toBeGreaterThanOrEqual(atLeast);
  }

  // the comments' Markdown links and images: none may point anywhere but the web
  await page.goto(`/claims/${showcase}`);
  const links = await page
    .locator("a[href], img[src]")
    .evaluateAll((elements) =>
      elements.map((element) => element.getAttribute("href") ?? element.getAttribute("src") ?? ""),
    );
  for (const link of links) expect(link).toMatch(/^(https?:\/\/|\/|#|mailto:|\?)/);
  await context.close();
});
