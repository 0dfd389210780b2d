import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { reportsTitled, storageStateOf } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

test("an uploaded HTML report keeps its text and never runs its scripts", async ({ page }) => {
  const tag = randomBytes(4).toString("hex");
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const html = `<!doctype html><html><head><title>Scripted page ${tag}</title>
    <script>alert("head-script")</script><style>body{display:none}</style></head>
    <body><h1>عنوان التقرير</h1>
    <p dir="rtl">ذكرت الوكالة في 4 يوليو 2025 أن 12 شخصا قتلوا. <img src=x onerror="alert('img')"></p>
    <p>Visible English paragraph ${tag}.<script>alert("body-script")</script></p>
    <a href="javascript:alert('link')">click</a><iframe src="javascript:alert('frame')"></iframe>
    </body></html>`;

  await page.goto("/reports/new");
  await page.getByLabel("Title").fill(`HTML import ${tag}`);
  await page.getByLabel("…or upload a file").setInputFiles({
    name: "report.html",
    mimeType: "text/html",
    buffer: Buffer.from(html),
  });
  await page.getByRole("button", { name: "Import report" }).click();
  await expect(page).toHaveURL(/imported=1/);

  const reader = page.locator("[data-paragraph]");
  await expect(reader.filter({ hasText: `Visible English paragraph ${tag}.` })).toBeVisible();
  await expect(reader.filter({ hasText: "12 شخصا قتلوا" })).toBeVisible();
  const body = await page.locator("main").innerText();
  for (const leaked of ["alert", "head-script", "onerror", "javascript:", "display:none"]) {
    expect(body).not.toContain(leaked);
  }
  expect(await page.locator("main script, main img, main iframe").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("bad input gets a clear message and saves nothing", async ({ page }) => {
  const title = `Should not be saved ${randomBytes(4).toString("hex")}`;
  await page.goto("/reports/new");
  await page.getByLabel("Title").fill(title);

  // nothing to import
  await page.getByRole("button", { name: "Import report" }).click();
  await expect(
    page.getByText("Paste the report's text here, or choose a file below."),
  ).toBeVisible();

  // a PNG renamed .txt
  const file = page.getByLabel("…or upload a file");
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    randomBytes(2000),
  ]);
  await file.setInputFiles({ name: "report.txt", mimeType: "text/plain", buffer: png });
  await page.getByRole("button", { name: "Import report" }).click();
  await expect(page.getByText(/This file is not text \(it looks like a PNG image\)/)).toBeVisible();

  // 10 MB: refused before it is uploaded
  await file.setInputFiles({
    name: "huge.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(10 * 1024 * 1024, "نص "),
  });
  await expect(page.getByText("The file is 10.0 MB; the limit is 2 MB.")).toBeVisible();
  await expect(file).toHaveValue("");

  // a web address that is not one
  await page.getByLabel("Web address").fill("javascript:alert(1)");
  await page.getByLabel("Paste the text").fill("قال مسؤول إن 3 طائرات وصلت.");
  await page.getByRole("button", { name: "Import report" }).click();
  await expect(page.getByText("starting with http:// or https://")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);

  expect(await reportsTitled(title)).toBe(0);
});
