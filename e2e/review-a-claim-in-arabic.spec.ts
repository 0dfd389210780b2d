import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createAccount, createClaimCard } from "./support/desk";
import { expectAxeClean } from "./support/axe";

/**
 * The review journey of review-a-claim.spec.ts, in Arabic: every control is
 * found by its Arabic label, and what the page says back is Arabic too.
 */

/** A browser that asks for Arabic, signed in through the Arabic form (its first sign-in adopts Arabic). */
async function arabicDesk(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext({ locale: "ar" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني").fill(account.email);
  await page.getByLabel("كلمة المرور").fill(account.password);
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
  await expect(
    page.getByRole("navigation", { name: "أقسام المكتب" }).getByRole("link", { name: "الادعاءات" }),
  ).toBeVisible();
  return { context, page };
}

const grades = (page: Page) => page.getByRole("region", { name: "درجات التوثيق" });

async function rate(page: Page, reliability: string, credibility: string) {
  const form = grades(page);
  await form.getByRole("radio", { name: new RegExp(`^${reliability} ·`) }).check();
  await form.getByRole("radio", { name: new RegExp(`^${credibility} ·`) }).check();
  await form.getByRole("button", { name: /تقييمي/ }).click();
  await expect(form.getByText(/^حُفظ التقييم\./)).toBeVisible();
}

test("two Arabic reviewers rate blind-first and discuss, an Arabic editor decides, and the History says so in Arabic", async ({
  browser,
}) => {
  const tag = randomBytes(3).toString("hex");
  const statement = `أعلنت الوزارة أن اثنين وعشرين متدربًا سافروا إلى الصين (${tag})`;
  const claimId = await createClaimCard(statement);
  const [first, second, decider] = await Promise.all([
    createAccount("reviewer"),
    createAccount("reviewer"),
    createAccount("editor"),
  ]);
  const alice = await arabicDesk(browser, first);
  const bob = await arabicDesk(browser, second);
  const ed = await arabicDesk(browser, decider);

  await alice.page.goto(`/claims/${claimId}`);
  await expect(alice.page.locator("html")).toHaveAttribute("dir", "rtl");
  // the statement is data: its own direction and language, in the page's heading
  const heading = alice.page.getByRole("heading", { level: 1, name: statement });
  await expect(heading).toHaveAttribute("dir", "auto");
  await expect(heading).toHaveAttribute("lang", "ar");
  await expect(grades(alice.page).getByText("لم يقيّم أحد هذا الادعاء بعد.")).toBeVisible();
  // the Admiralty definitions are Arabic beside each grade
  await expect(grades(alice.page).getByRole("radio", { name: "B · موثوق عادةً" })).toBeVisible();

  // Bob rates; Alice hears of one rating, live, without its grades
  await bob.page.goto(`/claims/${claimId}`);
  await rate(bob.page, "B", "2");
  await expect(grades(alice.page).getByText(/قيّم مراجِع واحد هذا الادعاء/)).toBeVisible({
    timeout: 4000,
  });
  await expect(grades(alice.page).getByText(second.displayName)).toHaveCount(0);

  // once Alice rates she sees both, with the consensus and why the status is what it is
  await rate(alice.page, "B", "5");
  await expect(grades(alice.page).getByText(second.displayName)).toBeVisible();
  await expect(grades(alice.page).getByText("الإجماع:")).toBeVisible();

  // Bob asks a question in the discussion
  const comment = `هل تؤكد وكالة أخرى هذا الرقم؟ (${tag})`;
  const discussion = bob.page.getByRole("region", { name: "النقاش" });
  await discussion.getByRole("textbox", { name: "أضف تعليقًا" }).fill(comment);
  await discussion.getByRole("button", { name: "انشر التعليق" }).click();
  await expect(discussion.getByText("نُشر التعليق.")).toBeVisible();
  await expect(discussion.getByText(comment)).toBeVisible();
  await expect(discussion.getByText(comment)).toHaveAttribute("dir", "auto");

  // the editor decides, in Arabic; the reviewers can no longer rate
  await ed.page.goto(`/claims/${claimId}`);
  const verdict = ed.page.getByRole("region", { name: "الحكم", exact: true });
  await verdict.getByRole("combobox", { name: "الحكم" }).selectOption({ label: "مضلِّل" });
  await verdict.getByLabel("المسوّغات").fill("الرقم صحيح لكن التاريخ ليس كذلك.");
  await verdict.getByRole("button", { name: "أصدر الحكم" }).click();
  await expect(verdict.getByText("مضلِّل", { exact: true })).toBeVisible();

  await bob.page.reload();
  await expect(bob.page.locator("article header").getByText("الحكم: مضلِّل")).toBeVisible();
  await expect(grades(bob.page).getByText(/أُقفلت التقييمات/)).toBeVisible();
  await expect(grades(bob.page).getByRole("button", { name: /تقييمي/ })).toHaveCount(0);

  // the History tells each step as an Arabic sentence
  const history = bob.page.getByRole("region", { name: "السجل" });
  await expect(history).toContainText(`قيّم ${second.displayName} الادعاء`);
  await expect(history).toContainText(`قيّم ${first.displayName} الادعاء`);
  await expect(history).toContainText(`علّق ${second.displayName}`);
  await expect(history).toContainText(`أصدر ${decider.displayName} الحكم`);
  await expect(history).toContainText("بتوقيت غرينتش");
  // and names what changed in Arabic: the grade, the status, the verdict and its rationale
  for (const field of ["الدرجة", "الحالة", "الحكم", "المسوّغات"]) {
    await expect(history.getByRole("term").filter({ hasText: field }).first()).toBeVisible();
  }
  await expect(history.getByRole("term").filter({ hasText: /[A-Za-z]/ })).toHaveCount(0);

  await Promise.all([alice.context.close(), bob.context.close(), ed.context.close()]);
});

for (const width of [1280, 390]) {
  test(`the claim page in Arabic passes axe at ${width} px, for a reviewer and for an editor`, async ({
    browser,
  }) => {
    const tag = randomBytes(3).toString("hex");
    const claimId = await createClaimCard(`ادعاء لفحص الإتاحة (${tag})`);
    for (const role of ["reviewer", "editor"] as const) {
      const desk = await arabicDesk(browser, await createAccount(role));
      await desk.page.setViewportSize({ width, height: 900 });
      await desk.page.goto(`/claims/${claimId}`);
      await expect(grades(desk.page)).toBeVisible();
      await expect(desk.page.getByRole("region", { name: "السجل" })).toBeVisible();
      await expectAxeClean(desk.page);
      await desk.context.close();
    }
  });
}
