import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../scripts/testing/rfc4180";
import { createClaimCard, storageStateOf, withDeskDatabase } from "./support/desk";
import { signInInArabic } from "./support/sign-in";
import { expectAccessibleAtBothWidths } from "./support/web-pages";

/** Clicks a download link and returns the file's name and text. */
async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName, exact: true }).click(),
  ]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), text: new TextDecoder("utf-8").decode(bytes) };
}

test("an Arabic editor reads the dashboard and exports verified claims, an Arabic statement among them", async ({
  browser,
}) => {
  const tag = randomBytes(3).toString("hex");
  const arabicStatement = `أعلنت الوزارة إغلاق المعبر ثلاثة أيام ${tag}`;
  const englishStatement = `The ministry closed the crossing for three days ${tag}`;
  const claimIds = [
    await createClaimCard(arabicStatement),
    await createClaimCard(englishStatement),
  ];
  // the verdicts are set the way any editor sets them, on the claim page
  const english = await browser.newContext({ storageState: storageStateOf("editor") });
  const editorPage = await english.newPage();
  for (const [i, id] of claimIds.entries()) {
    await editorPage.goto(`/claims/${id}`);
    const panel = editorPage.getByRole("region", { name: "Verdict" });
    await panel.getByLabel("Verdict").selectOption("verified");
    await panel.getByLabel("Rationale").fill(`Two sources agree (${tag} ${i}).`);
    await panel.getByRole("button", { name: "Set verdict" }).click();
    await expect(panel.getByText(`Two sources agree (${tag} ${i}).`)).toBeVisible();
  }
  await english.close();
  const report = await withDeskDatabase(async (db) => {
    const { rows } = await db.query<{ id: number }>("select min(id) as id from reports");
    return rows[0]!;
  });

  const page = await signInInArabic(browser, "editor");

  // the dashboard, in Arabic: counts, what is waiting, and what the agreement figures mean
  await page
    .getByRole("navigation", { name: "أقسام المكتب" })
    .getByRole("link", { name: "لوحة المتابعة" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "لوحة المتابعة" })).toBeVisible();
  const byStatus = page.getByRole("region", { name: "الادعاءات حسب الحالة" });
  await expect(byStatus.getByText(/في المجموع$/)).toBeVisible();
  const agreement = page.getByRole("region", { name: "الاتفاق بين المراجِعين" });
  await expect(agreement.getByText(/يقيس معامل ألفا لكريبندورف/)).toBeVisible();
  await expect(agreement.getByRole("heading", { name: /^الموثوقية/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "الحروف والأحكام اللاحقة" })).toBeVisible();
  await expectAccessibleAtBothWidths(page);

  // the selection: the report, verified claims
  await page.goto("/export");
  await page.getByLabel("التقرير", { exact: true }).selectOption(String(report.id));
  await expect(page.getByRole("checkbox", { name: "صحيح" })).toBeChecked();
  await page.getByRole("button", { name: "عاين" }).click();
  await expect(page).toHaveURL(new RegExp(`report=${report.id}`));
  await expect(page.getByRole("heading", { name: arabicStatement })).toBeVisible();

  const csv = await download(page, "نزّل ملف CSV");
  const [header, ...rows] = parseCsv(csv.text.slice(1));
  const statementColumn = header!.indexOf("statement");
  expect(rows.map((row) => row[statementColumn])).toEqual(
    expect.arrayContaining([arabicStatement, englishStatement]),
  );

  const markdown = await download(page, "نزّل ملف Markdown");
  expect(markdown.text).toContain(arabicStatement);
  expect(markdown.text).toContain(englishStatement);
  // a summary is for people: its headings and sentences are the editor's language
  expect(markdown.text).toMatch(/^# ملخّص الادعاءات\n\nصُدِّر في /);
  expect(markdown.text).toContain("الاختيار: الحكم صحيح؛ التقرير «");
  expect(markdown.text).toContain("- **الحكم:** صحيح. Two sources agree");
  expect(markdown.text).not.toMatch(/\*\*(Verdict|Sourcing|Evidence|Permalink)|Exported /);
  // the preview says what it selects in Arabic too
  await expect(page.getByRole("status").filter({ hasText: "الحكم صحيح؛ التقرير «" })).toBeVisible();

  const reviews = JSON.parse(
    (await download(page, "نزّل ClaimReview بصيغة JSON-LD")).text,
  ) as Array<{
    url: string;
    claimReviewed: string;
  }>;
  const arabicReview = reviews.find((review) => review.url.endsWith(`/claims/${claimIds[0]}`));
  expect(arabicReview?.claimReviewed).toContain("أعلنت الوزارة");

  // a script asking with this account's session is refused in Arabic, the code unchanged
  const refused = await page.request.get("/api/export?format=xml");
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toEqual({
    error: {
      code: "bad_request",
      reason: "bad_request:export",
      message: "يجب أن تكون قيمة format واحدة من: csv, json, md, claimreview.",
      parameter: "format",
    },
  });
  const missing = await page.request.get("/api/export?format=csv&report=999999999");
  expect(await missing.json()).toMatchObject({
    error: { code: "bad_request", message: "لا يوجد تقرير معرّفه 999999999." },
  });

  // the printable page: its headings in Arabic, the Arabic statement right to left
  await page.getByRole("link", { name: "افتح صفحة الطباعة" }).click();
  await expect(page).toHaveURL(/\/export\/print\?/);
  await expect(page.getByRole("heading", { level: 1, name: /ملخص الادعاءات/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "اطبع أو احفظ بصيغة PDF" })).toBeVisible();
  const heading = page.getByRole("heading", { name: arabicStatement });
  expect(await heading.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  const summary = page.getByRole("article").filter({ has: heading });
  await expect(summary.getByText("الحكم", { exact: true })).toBeVisible();
  await expect(summary.getByText("الاقتباس الأصلي")).toBeVisible();
  await expect(summary.getByText(/^صحيح\.$/)).toBeVisible();
  await expectAccessibleAtBothWidths(page);

  // the inbox reads in Arabic too
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "الإشعارات" })).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await page.context().close();
});

test("an Arabic admin checks the audit trail's integrity and filters the log", async ({
  browser,
}) => {
  const page = await signInInArabic(browser, "admin");
  await page
    .getByRole("navigation", { name: "أقسام المكتب" })
    .getByRole("link", { name: "سجل التدقيق" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "سجل التدقيق" })).toBeVisible();

  await page.getByRole("button", { name: "تحقّق من السلامة" }).click();
  const progress = page.getByRole("progressbar", { name: "تقدّم التحقق" });
  await expect(progress).toHaveAttribute("aria-valuenow", "100");
  await expect(
    page.getByRole("status").filter({ hasText: /السلسلة سليمة حتى الحدث \d+ \(فُحص [\d,]+ حدثًا/ }),
  ).toBeVisible();

  // a head that is not one is refused in Arabic, before anything is sent
  await page.getByLabel("رأس مُصدَّر").fill("ليس رأسًا");
  await page.getByRole("button", { name: "تحقّق بمقارنته بهذا الرأس" }).click();
  await expect(page.getByText(/هذا ليس رأسًا مُصدَّرًا/)).toBeVisible();

  // the filters: its own sign-in, by the action's Arabic name (the URL keeps the code)
  await page.getByLabel("الإجراء", { exact: true }).selectOption({ label: "تسجيل دخول" });
  await page.getByLabel("نوع الكيان", { exact: true }).selectOption({ label: "حساب" });
  await page.getByRole("button", { name: "رشّح", exact: true }).click();
  await expect(page).toHaveURL(/[?&]action=auth\.sign_in/);
  await expect(page).toHaveURL(/[?&]entityType=user/);
  const events = page.getByRole("region", { name: "الأحداث" }).getByRole("listitem");
  await expect(events.first()).toBeVisible();
  for (const event of (await events.all()).slice(0, 5)) {
    await expect(event.getByRole("link", { name: "تسجيل دخول", exact: true })).toBeVisible();
    await expect(event.getByRole("link", { name: /^حساب / })).toBeVisible();
  }
  // a sign-in's before and after, its fields named in Arabic
  const signIn = events.first();
  await signIn.getByText("قبل وبعد").click();
  const changes = signIn.getByRole("table", { name: "الحقول المتغيرة" });
  await expect(changes.getByRole("rowheader", { name: "عنوان الشبكة" })).toBeVisible();
  await expect(changes.getByRole("rowheader", { name: "الجلسة" })).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  // a date that does not exist is refused beside its field, in Arabic
  await page.goto("/admin/audit?from=2025-02-30T10:00");
  await expect(page.getByText("هذا التاريخ غير موجود.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "صحّح المرشحات المعلَّمة" })).toBeVisible();

  await page.goto("/admin/audit");
  await page.getByRole("link", { name: "امسح المرشحات" }).waitFor();
  await expectAccessibleAtBothWidths(page);
  await page.context().close();
});
