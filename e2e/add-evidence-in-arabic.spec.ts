import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { createAccount, createClaimCard } from "./support/desk";
import { fillArabicSignIn } from "./support/sign-in";
import { expectAccessibleAtBothWidths, serveWebFixtures } from "./support/web-pages";

const fixtures = serveWebFixtures();

/** A reviewer of its own, signed in from an Arabic browser: the account adopts Arabic. */
async function arabicReviewer(browser: Browser) {
  const account = await createAccount("reviewer");
  const context = await browser.newContext({ locale: "ar" });
  const page = await context.newPage();
  await fillArabicSignIn(page, account);
  await expect(page.getByRole("navigation", { name: "أقسام المكتب" })).toBeVisible();
  return { context, page };
}

test("an Arabic reviewer adds evidence with an Arabic quote, sees its check, relates two claims and tags who it is about", async ({
  browser,
}) => {
  const tag = randomBytes(4).toString("hex");
  const claimId = await createClaimCard(`سافر 7 ضباط من الدفعة الأولى إلى كابل (${tag})`);
  const otherStatement = `عاد الضباط إلى قندهار لا إلى كابل (${tag})`;
  const otherId = await createClaimCard(otherStatement);
  const { context, page } = await arabicReviewer(browser);

  await page.goto(`/claims/${claimId}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // --- evidence: without a stance the form refuses beside the field, in Arabic, keeping the text
  const evidence = page.getByRole("region", { name: "الأدلة", exact: true });
  await expect(evidence).toContainText("لم يُربط أي مصدر بعد.");
  const addEvidence = evidence.getByRole("form", { name: "أضف دليلًا" });
  const title = `عودة ضباط الدفعة الأولى ${tag}`;
  const quote = "أن 7 ضباط من الدفعة الأولى عادوا إلى كابل";
  await addEvidence
    .getByLabel("الرابط", { exact: true })
    .fill(`${fixtures().origin}/article/${tag}`);
  await addEvidence.getByLabel("العنوان", { exact: true }).fill(title);
  await addEvidence.getByLabel("اقتباس من المصدر").fill(quote);
  await addEvidence.getByRole("button", { name: "أضف الدليل" }).click();
  await expect(addEvidence.getByText("حدّد إن كان المصدر يؤيد الادعاء")).toBeVisible();
  await expect(addEvidence.getByLabel("العنوان", { exact: true })).toHaveValue(title);

  await addEvidence.getByLabel("الموقف").selectOption({ label: "يؤيد الادعاء" });
  await addEvidence.getByRole("button", { name: "أضف الدليل" }).click();
  await expect(addEvidence.getByRole("status")).toContainText("أُضيف الدليل.");
  await expect(evidence).toContainText("مصدر واحد");

  // --- the desk's capture lands on the live card: the quote was found on the page
  const source = evidence.getByRole("listitem").filter({ hasText: title });
  await expect(source).toContainText("يؤيد");
  await expect(source.locator("blockquote")).toHaveText(quote);
  await expect(source).toContainText(/التُقطت في .+ · الاقتباس موجود/, { timeout: 20_000 });
  await expect(source.getByRole("button", { name: `افحص صفحة «${title}» الآن` })).toBeVisible();
  await expectAccessibleAtBothWidths(page);

  // --- the captured text, its paragraph holding the quote marked
  await source.getByRole("link", { name: "اقرأ النص الملتقَط" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByRole("heading", { name: "الالتقاطات" })).toBeVisible();
  const text = page.getByRole("region", { name: /^النص الملتقَط في / });
  await expect(text).toContainText(quote);
  await expect(text.getByText("(هذه الفقرة تحوي الاقتباس.)")).toHaveCount(1);
  await expect(page.getByText(/بصمة SHA-256 للنص: [0-9a-f]{64}/)).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await page.getByRole("link", { name: `عودة إلى الادعاء ${claimId}` }).click();

  // --- relating the two claims: found by its number, linked as contradicting
  const related = page.getByRole("region", { name: "ادعاءات مرتبطة" });
  await expect(related).toContainText("لم يُربط أي ادعاء بهذا الادعاء بعد.");
  const link = related.getByRole("form", { name: "اربط ادعاءً" });
  await link.getByLabel("ابحث عن ادعاء").fill(`#${otherId}`);
  await expect(link.getByRole("status").filter({ hasText: "يطابقه" })).toHaveText(
    "يطابقه ادعاء واحد.",
  );
  await link.getByRole("radio", { name: otherStatement }).check();
  await link.getByLabel("العلاقة").selectOption({ label: "يناقض هذا الادعاء" });
  await link.getByLabel("ملاحظة").fill("الحدث نفسه، في مدينة أخرى");
  await link.getByRole("button", { name: "اربط الادعاءين" }).click();
  await expect(link.getByRole("status").filter({ hasText: "رُبط الادعاءان." })).toBeVisible();
  const linked = related.getByRole("listitem").filter({ hasText: otherStatement });
  await expect(linked).toContainText("يناقضه:");
  await expect(linked.getByRole("link", { name: /قارن بينهما جنبًا إلى جنب/ })).toBeVisible();
  await expect(linked.getByRole("button", { name: `أزل الربط بالادعاء ${otherId}` })).toBeVisible();

  // --- tagging who it is about: a kind is asked for, in Arabic, then the tag is set
  const whoAndWhere = page.getByRole("region", { name: "مَن وأين" });
  const organisation = `مركز تدريب الرادار ${tag}`;
  await whoAndWhere.getByLabel("وسم مَن أو أين").fill(organisation);
  await whoAndWhere.getByRole("button", { name: "ضع الوسم", exact: true }).click();
  await expect(whoAndWhere.getByText("حدّد إن كان بلدًا أو شخصًا")).toBeVisible();
  await whoAndWhere.getByLabel("النوع").selectOption({ label: "منظمة" });
  await whoAndWhere.getByRole("button", { name: "ضع الوسم", exact: true }).click();
  await expect(whoAndWhere.getByText(`وُسم الادعاء بـ${organisation} (منظمة).`)).toBeVisible();
  await expect(
    whoAndWhere.getByRole("button", { name: `أزل الوسم ${organisation} (منظمة)` }),
  ).toBeVisible();
  await expectAccessibleAtBothWidths(page);
  await context.close();
});
