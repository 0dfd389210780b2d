import { randomBytes, randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { arabicMetadata, taggedParagraph } from "../scripts/testing/web-fixture-pages";
import { withDeskDatabase } from "./support/desk";
import { selectInReader } from "./support/reader";
import { signInInArabic } from "./support/sign-in";
import { expectAccessibleAtBothWidths, serveWebFixtures } from "./support/web-pages";

const fixtures = serveWebFixtures();

const toArabicIndic = (digits: string) =>
  digits.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));

test("an Arabic reviewer imports a pasted report, makes a claim in Arabic from a selection and finds it on the board", async ({
  browser,
}) => {
  const page = await signInInArabic(browser, "reviewer");
  const number = String(randomInt(10_000, 99_999));
  const sentence = `قال المتحدث إن ${number} جنديًا أنهوا التدريب في 3 يوليو 2025.`;
  const title = `تقرير التدريب ${number}`;
  const text = [
    title,
    `أعلنت الوزارة أن الدورة استمرت ستة أشهر. ${sentence} وأضاف أن الدفعة التالية تبدأ قريبًا.`,
  ].join("\n\n");

  await page.goto("/reports");
  await page.getByRole("link", { name: "استورد تقريرًا" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "استورد تقريرًا" })).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await page.getByLabel("العنوان", { exact: true }).fill(title);
  await page.getByLabel("الوسيلة", { exact: true }).fill("وكالة الاختبار");
  await page.getByLabel("الصق النص").fill(text);
  await page.getByRole("button", { name: "استورد التقرير" }).click();

  await expect(page).toHaveURL(/\/reports\/\d+\?imported=1$/);
  await expect(page.getByRole("status").filter({ hasText: "استُورد التقرير" })).toBeVisible();
  const bar = page.getByRole("region", { name: "أنشئ ادعاءً من النص" });
  await expect(bar.getByRole("button", { name: "أنشئ ادعاءً" })).toBeDisabled();
  await selectInReader(page, sentence);
  await expect(bar.getByRole("status")).toContainText("المحدَّد:");
  await bar.getByRole("button", { name: "أنشئ ادعاءً" }).click();

  const dialog = page.getByRole("dialog", { name: "أنشئ بطاقة ادعاء" });
  await expect(dialog.getByLabel("الاقتباس من التقرير")).toHaveValue(sentence);
  await expect(dialog.getByLabel("تاريخ الحدث")).toHaveValue("2025-07-03");
  await dialog.getByRole("button", { name: "احفظ الادعاء" }).click();
  await expect(dialog.getByText("اكتب الادعاء أولًا")).toBeVisible();
  // the form asks for the claim in the interface's language, and tells it from what is written
  const statement = `أكّد المتحدث أن ${number} جنديًا أنهوا تدريبهم.`;
  await dialog.getByLabel("الادعاء (جملة واحدة بالعربية)").fill(statement);
  await expect(dialog.getByLabel("لغة الادعاء")).toHaveValue("ar");
  await dialog.getByLabel("الإسناد").fill("متحدث باسم الوزارة");
  await dialog.getByRole("button", { name: "احفظ الادعاء" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "صار اقتباسه مظلَّلًا" })).toBeVisible();
  await dialog.getByRole("button", { name: "عودة إلى التقرير" }).click();
  await expect(page.locator("[data-paragraph] a[href^='/claims/']")).toHaveCount(1);
  await expectAccessibleAtBothWidths(page);

  const stored = await withDeskDatabase(async (db) => {
    const { rows } = await db.query(
      "select statement_language, quote from claims where statement = $1",
      [statement],
    );
    return rows[0];
  });
  expect(stored).toEqual({ statement_language: "ar", quote: sentence });

  // found by its words written without the hamza and shadda, and its number in Arabic-Indic digits
  await page
    .getByRole("navigation", { name: "أقسام المكتب" })
    .getByRole("link", { name: "الادعاءات" })
    .click();
  await page.getByLabel("ابحث في الادعاءات").fill(`اكد ${toArabicIndic(number)}`);
  await page.getByRole("button", { name: "ابحث", exact: true }).click();
  const summary = page.getByRole("status").filter({ hasText: "يطابق" });
  await expect(summary).toHaveText("ادعاء واحد يطابق");
  const cards = page.getByRole("list", { name: "بطاقات الادعاءات" });
  const headline = cards.getByRole("link", { name: statement });
  await expect(headline).toHaveAttribute("lang", "ar");
  await expect(headline).toHaveAttribute("dir", "auto");

  // and by its report, chosen from the Arabic filters
  await page.getByLabel("ابحث في الادعاءات").fill("");
  await page.getByRole("button", { name: "ابحث", exact: true }).click();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByLabel("التقرير", { exact: true }).selectOption({ label: title });
  await expect(page).toHaveURL(/report=\d+/);
  await expect(summary).toHaveText("ادعاء واحد يطابق");
  await expect(cards.getByRole("link", { name: statement })).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await page.context().close();
});

test("an Arabic reviewer imports a report from its link, and a refused link is said in Arabic", async ({
  browser,
}) => {
  const page = await signInInArabic(browser, "reviewer");
  const tag = randomBytes(4).toString("hex");
  await page.goto("/reports/new");
  const linkField = page.getByLabel("رابط التقرير");
  const fetchButton = page.getByRole("button", { name: "اجلب الصفحة" });

  await linkField.fill("http://10.0.0.1/internal");
  await fetchButton.click();
  await expect(linkField).toHaveAccessibleDescription(/داخل شبكة خاصة/);
  await expect(linkField).toHaveAttribute("aria-invalid", "true");

  await linkField.fill(`${fixtures().origin}/article/${tag}`);
  await fetchButton.click();
  await expect(
    page.getByRole("form", { name: "استورد من رابط" }).getByRole("status"),
  ).toContainText("مُلئ من الصفحة: مقالها");
  await expect(page.getByLabel("العنوان", { exact: true })).toHaveValue(
    `${arabicMetadata.title} ${tag}`,
  );
  await expect(page.getByLabel("الكاتب")).toHaveValue(arabicMetadata.author);
  await expectAccessibleAtBothWidths(page);
  await page.getByRole("button", { name: "استورد التقرير" }).click();
  await expect(page).toHaveURL(/\/reports\/\d+\?imported=1$/);

  const paragraph = page.locator("[data-paragraph]", { hasText: taggedParagraph(tag) });
  expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe("rtl");
  await expect(page.getByRole("region", { name: "ادعاءات مقترحة" })).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await page.context().close();
});
