import { expect, test, type Page } from "@playwright/test";
import arabic from "../lib/i18n/messages/ar";
import { createClaimCard } from "./support/desk";
import { signInInArabic } from "./support/sign-in";
import {
  deskIds,
  untranslatedAfter,
  untranslatedOn,
  untranslatedInDisclosures,
  walk,
} from "./support/untranslated";

/**
 * Every dialog, confirmation, menu and field error of the desk, opened in
 * the Arabic interface by its Arabic label and read the way
 * every-page-in-arabic.spec.ts reads a page: what only shows after a click
 * must not be English either.
 */

test.describe.configure({ mode: "parallel" });
test.setTimeout(180_000);

/** Sends a form of `page` without filling it, to read the field errors it answers with. */
function sendEmpty(page: Page, button: string) {
  return () => page.getByRole("button", { name: button, exact: true }).first().click();
}

test("a reviewer's board, report dialog and comment panels say nothing in English", async ({
  browser,
}) => {
  const page = await signInInArabic(browser, "reviewer");
  const ids = await deskIds();
  const untranslated: string[] = [];

  // the header: the language switch names the other language in itself
  await page.goto("/claims");
  await expect(page.getByRole("banner").getByRole("button", { name: "English" })).toHaveAttribute(
    "lang",
    "en",
  );
  untranslated.push(...(await untranslatedInDisclosures(page, "/claims")));

  // the demo card's discussion: each comment's reply, edit and delete panels
  if (ids.claim)
    untranslated.push(...(await untranslatedInDisclosures(page, `/claims/${ids.claim}`)));

  expect(untranslated).toEqual([]);
  await page.context().close();
});

test("a fresh card's forms and assignment say nothing in English", async ({ browser }) => {
  const page = await signInInArabic(browser, "reviewer");
  const untranslated: string[] = [];
  // a card of the walk's own, open for rating: every form sent empty answers with field errors
  const claim = `/claims/${await createClaimCard("بطاقة لجولة الحوارات بالعربية")}`;
  untranslated.push(...(await walk(page, claim)));
  for (const button of ["أضف الدليل", "احفظ تقييمي", "اربط الادعاءين", "انشر التعليق"]) {
    await page.goto(claim);
    untranslated.push(
      ...(await untranslatedAfter(page, `${claim} ${button}`, sendEmpty(page, button))),
    );
  }
  // taking the card opens its assignment's controls (mark done, release)
  await page.goto(claim);
  untranslated.push(
    ...(await untranslatedAfter(page, `${claim} سأتحقق من هذا`, async () => {
      await page.getByRole("button", { name: "سأتحقق من هذا" }).click();
      await expect(page.getByRole("button", { name: "تخلَّ عن إسنادي" })).toBeVisible();
    })),
  );
  expect(untranslated).toEqual([]);
  await page.context().close();
});

test("an editor's assigning form, verdict and source dialogs say nothing in English", async ({
  browser,
}) => {
  const editor = await signInInArabic(browser, "editor");
  const ids = await deskIds();
  const untranslated: string[] = [];

  // the board's assigning form: a card chosen, sent without anyone to assign
  await editor.goto("/claims");
  await editor.getByText("أسند ادعاءات", { exact: true }).click();
  untranslated.push(
    ...(await untranslatedAfter(editor, "/claims اختره للإسناد", async () => {
      await editor.getByRole("checkbox", { name: "اختره للإسناد" }).first().check();
    })),
  );
  untranslated.push(
    ...(await untranslatedAfter(editor, "/claims أسند الادعاءات المختارة", () =>
      editor.getByRole("button", { name: "أسند الادعاءات المختارة" }).click(),
    )),
  );
  if (ids.claim) {
    const claim = `/claims/${ids.claim}`;
    untranslated.push(...(await walk(editor, claim)));
    // the card has a verdict: reopening it without a reason is refused
    untranslated.push(
      ...(await untranslatedAfter(
        editor,
        `${claim} أعد فتحه للتقييم`,
        sendEmpty(editor, "أعد فتحه للتقييم"),
      )),
    );
  }
  if (ids.source) {
    const source = `/sources/${ids.source}`;
    untranslated.push(...(await walk(editor, source)));
    untranslated.push(...(await untranslatedInDisclosures(editor, source)));
  }
  await editor.context().close();
  expect(untranslated).toEqual([]);
});

test("an admin's invite and account confirmations say nothing in English", async ({ browser }) => {
  const untranslated: string[] = [];
  const admin = await signInInArabic(browser, "admin");
  await admin.goto("/admin/users");
  untranslated.push(
    ...(await untranslatedAfter(admin, "/admin/users ادعُ", sendEmpty(admin, "ادعُ"))),
  );
  untranslated.push(...(await untranslatedInDisclosures(admin, "/admin/users")));
  await admin.context().close();
  expect(untranslated).toEqual([]);
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
  const comment = page.getByRole("textbox", { name: arabic.discussion.form.add });
  await comment.pressSequentially("@");
  await expect(page.getByRole("listbox")).toBeVisible();
  untranslated.push(...(await untranslatedOn(page)).map((line) => `mention list → ${line}`));

  expect(untranslated).toEqual([]);
  await page.context().close();
});
