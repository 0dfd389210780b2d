import { expect, test } from "@playwright/test";
import { signInInArabic } from "./support/sign-in";
import { deskIds, walk } from "./support/untranslated";

/**
 * Every page of the desk, opened in the Arabic interface, with every
 * disclosure opened, read for interface words in Latin script
 * (support/untranslated.ts says what counts as data), and checked with axe
 * at 1280 and 390 px (no serious or critical violation). What opens on a click
 * (dialogs, confirmations, field errors, the mention list) is walked in
 * every-dialog-in-arabic.spec.ts.
 */

test.describe.configure({ mode: "parallel" });
test.setTimeout(240_000);

test("a reviewer's pages say nothing in English", async ({ browser }) => {
  const page = await signInInArabic(browser, "reviewer");
  const ids = await deskIds();
  const paths = [
    "/claims",
    "/claims?status=disputed",
    "/claims/pairs",
    "/reports",
    "/reports/new",
    "/timeline",
    "/dashboard",
    "/assignments",
    "/notifications",
    "/account",
    "/sources",
    "/admin/users", // refused: the 403 page
    "/no-such-page",
  ];
  if (ids.report) paths.push(`/reports/${ids.report}`);
  if (ids.claim) paths.push(`/claims/${ids.claim}`);
  if (ids.evidence) paths.push(`/evidence/${ids.evidence}`);
  if (ids.source) paths.push(`/sources/${ids.source}`);
  const untranslated: string[] = [];
  for (const path of paths) untranslated.push(...(await walk(page, path)));
  expect(untranslated).toEqual([]);
  await page.context().close();
});

test("an editor's and an admin's pages say nothing in English", async ({ browser }) => {
  const editor = await signInInArabic(browser, "editor");
  const untranslated: string[] = [];
  for (const path of ["/export", "/export/print?verdict=true", "/export/tokens", "/dashboard"]) {
    untranslated.push(...(await walk(editor, path)));
  }
  await editor.context().close();

  const admin = await signInInArabic(browser, "admin");
  for (const path of ["/admin/users", "/admin/audit", "/admin/jobs"]) {
    untranslated.push(...(await walk(admin, path)));
  }
  await admin.context().close();
  expect(untranslated).toEqual([]);
});

test("the pages before signing in say nothing in English", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ar" });
  const page = await context.newPage();
  const untranslated: string[] = [];
  for (const path of ["/login", "/welcome?token=not-a-token", "/unsubscribe?token=not-a-token"]) {
    untranslated.push(...(await walk(page, path)));
  }
  expect(untranslated).toEqual([]);
  await context.close();
});
