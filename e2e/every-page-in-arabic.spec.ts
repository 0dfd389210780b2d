import { expect, test, type Page } from "@playwright/test";
import arabic from "../lib/i18n/messages/ar";
import { latinProperNames } from "../lib/i18n/proper-names";
import { signInInArabic } from "./support/sign-in";
import { withDeskDatabase } from "./support/desk";

/**
 * Every page of the desk, opened in the Arabic interface, with every
 * disclosure opened: any word in Latin script that is neither data nor a
 * proper name on the allow-list is a string that escaped the catalogues.
 * Data is what the page shows in its own direction (`dir="auto"`, `<bdi>`,
 * and the `dir="ltr"` or SVG `direction="ltr"` that an Arabic page sets only
 * on what is not in its language) or marks with a language of its own.
 * Labels read by screen readers (aria-label, title, placeholder, alt) and
 * the page's title are read too.
 */

/** What the page says in Latin script outside its data, one line per place. */
async function untranslatedOn(page: Page): Promise<string[]> {
  return page.evaluate(
    (properNames) => {
      const allowed = new Set(properNames);
      const dataSelector =
        '[dir="auto"], [dir="ltr"], [direction="ltr"], bdi, [lang]:not([lang="ar"]), code, kbd, pre, script, style, noscript, [translate="no"]';
      for (const details of document.querySelectorAll("details")) details.open = true;

      const wordsOf = (text: string) => text.match(/[A-Za-z]{2,}/g) ?? [];
      // names and words that the page shows as data may recur inside a label
      const dataWords = new Set<string>();
      for (const element of document.body.querySelectorAll(dataSelector)) {
        for (const word of wordsOf(element.textContent ?? "")) dataWords.add(word);
      }
      const stray = (text: string) =>
        wordsOf(text).filter((word) => !allowed.has(word) && !dataWords.has(word));

      const found = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest(dataSelector) || !element.checkVisibility()) continue;
        const text = node.textContent?.trim() ?? "";
        if (wordsOf(text).some((word) => !allowed.has(word))) {
          found.add(`${element.tagName.toLowerCase()}: ${text.slice(0, 100)}`);
        }
      }
      for (const element of document.body.querySelectorAll(
        "[aria-label], [title], [placeholder], img[alt]",
      )) {
        if (element.closest('[lang]:not([lang="ar"]), code, pre')) continue;
        for (const name of ["aria-label", "title", "placeholder", "alt"]) {
          // a left-to-right field's placeholder shows what to type ("https://"), not words
          if (name === "placeholder" && element.getAttribute("dir") === "ltr") continue;
          const value = element.getAttribute(name);
          if (value && stray(value).length > 0) found.add(`${name}: ${value.slice(0, 100)}`);
        }
      }
      if (stray(document.title).length > 0) found.add(`title: ${document.title}`);
      return [...found];
    },
    [...latinProperNames],
  );
}

/** Opens `path` and returns what it says in Latin script, each line prefixed with the path. */
async function walk(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.waitForLoadState("networkidle");
  return (await untranslatedOn(page)).map((line) => `${path} → ${line}`);
}

/** Ids of pages that show one thing: the sample report, a card with a verdict and evidence, a source. */
async function deskIds() {
  return withDeskDatabase(async (db) => {
    const one = async (sql: string) => (await db.query<{ id: number }>(sql)).rows[0]?.id;
    return {
      report: await one("select id from reports where full_text is not null order by id limit 1"),
      claim: await one(
        `select c.id from claims c join verdicts v on v.claim_id = c.id
         where exists (select 1 from evidence e where e.claim_id = c.id) order by c.id limit 1`,
      ),
      evidence: await one(
        "select evidence_id as id from evidence_snapshots order by evidence_id limit 1",
      ),
      source: await one("select source_id as id from claim_sources order by source_id limit 1"),
    };
  });
}

test.describe.configure({ mode: "parallel" });
test.setTimeout(120_000);

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

test("the dialogs and pop-up lists say nothing in English", async ({ browser }) => {
  const page = await signInInArabic(browser, "reviewer");
  const ids = await deskIds();
  const untranslated: string[] = [];

  // the reader's Make-claim dialog, with the look-alikes it finds as a claim on the desk is typed
  await page.goto(`/reports/${ids.report}`);
  // a suggestion's button: the selection bar's, of the same name, waits for a selection
  await page
    .getByRole("button", { name: arabic.reports.suggestions.makeClaim, disabled: false })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: arabic.makeClaim.title });
  await dialog
    .locator("[name=statement]")
    .fill("The Blue Plain roads authority closed the Wadi Fayrouz bridge");
  await expect(dialog.getByRole("list", { name: arabic.similarClaims.listLabel })).toBeVisible();
  untranslated.push(...(await untranslatedOn(page)).map((line) => `Make-claim dialog → ${line}`));
  await page.keyboard.press("Escape");

  // the @ list of the comment box
  await page.goto(`/claims/${ids.claim}`);
  const comment = page.getByRole("textbox", { name: arabic.discussion.add });
  await comment.pressSequentially("@");
  await expect(page.getByRole("listbox")).toBeVisible();
  untranslated.push(...(await untranslatedOn(page)).map((line) => `mention list → ${line}`));

  expect(untranslated).toEqual([]);
  await page.context().close();
});
