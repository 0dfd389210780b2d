import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { parseCsv } from "../scripts/testing/rfc4180";
import { baseURL } from "../playwright.config";
import { createClaimCard, storageStateOf, withDeskDatabase } from "./support/desk";

/** Sets a verdict through the claim page, the way an editor does. */
async function setVerdict(page: Page, claimId: number, verdict: string, rationale: string) {
  await page.goto(`/claims/${claimId}`);
  const panel = page.getByRole("region", { name: "Verdict" });
  await panel.getByLabel("Verdict").selectOption(verdict);
  await panel.getByLabel("Rationale").fill(rationale);
  await panel.getByRole("button", { name: "Set verdict" }).click();
  await expect(panel.getByText(rationale)).toBeVisible();
}

/** Clicks a download link and returns the file's name and bytes. */
async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const utf8 = (bytes: Buffer) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

test.describe("an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("exports verified claims as CSV, Markdown, JSON, ClaimReview and a printable PDF", async ({
    page,
  }) => {
    const tag = randomBytes(3).toString("hex");
    const statements = [`Export spec claim one ${tag}`, `Export spec claim two ${tag}`];
    const claimIds = [await createClaimCard(statements[0]!), await createClaimCard(statements[1]!)];
    // the cards sit on the first demo report (see createClaimCard)
    const report = await withDeskDatabase(async (db) => {
      const { rows } = await db.query<{ id: number; title: string }>(
        "select id, title from reports order by id limit 1",
      );
      return rows[0]!;
    });
    await setVerdict(page, claimIds[0]!, "verified", `Two sources agree (${tag}).`);
    await setVerdict(page, claimIds[1]!, "verified", `The ministry confirmed it (${tag}).`);

    // the selection: the report, verified claims (the default)
    await page.goto("/export");
    await expect(
      page.getByRole("navigation", { name: "Desk sections" }).getByRole("link", { name: "Export" }),
    ).toHaveAttribute("aria-current", "page");
    await page.getByLabel("Report", { exact: true }).selectOption(String(report.id));
    await expect(page.getByRole("checkbox", { name: "Verified" })).toBeChecked();
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page).toHaveURL(new RegExp(`report=${report.id}`));
    const count = page.getByRole("status").filter({ hasText: /claims? match/ });
    await expect(count).toBeVisible();
    const matching = Number((await count.textContent())!.match(/(\d+) claims? match/)![1]);
    expect(matching).toBeGreaterThanOrEqual(2);

    // CSV: byte-order mark, header, a row per claim that parses as RFC 4180
    const csv = await download(page, "Download CSV");
    expect(csv.name).toMatch(
      new RegExp(`^verified-claims-report-${report.id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(utf8(csv.bytes).slice(1));
    expect(header!.slice(0, 4)).toEqual(["claim_id", "permalink", "statement", "verdict"]);
    expect(rows).toHaveLength(matching);
    for (const [i, statement] of statements.entries()) {
      const row = rows.find((cells) => cells[2] === statement);
      expect(row, statement).toBeDefined();
      expect(row![0]).toBe(String(claimIds[i]));
      expect(row![3]).toBe("verified");
      expect(row![header!.indexOf("quote")]).toBe("اقتباس للاختبار");
    }

    // Markdown: the top line, a heading for the report, each claim
    const markdown = utf8((await download(page, "Download Markdown")).bytes);
    expect(markdown).toMatch(/^# Claim summary\n\nExported .+ by .+ Selection: verdict verified/);
    expect(markdown).toContain(`${matching} claim`);
    for (const statement of statements) expect(markdown).toContain(statement);

    // JSON: the versioned document
    const json = JSON.parse(utf8((await download(page, "Download JSON")).bytes)) as {
      version: number;
      count: number;
      claims: Array<{ id: number; verdict: { verdict: string } | null }>;
    };
    expect(json.version).toBe(1);
    expect(json.count).toBe(matching);
    expect(json.claims.filter((c) => claimIds.includes(c.id))).toHaveLength(2);

    // ClaimReview JSON-LD: one review per claim
    const reviews = JSON.parse(
      utf8((await download(page, "Download ClaimReview JSON-LD")).bytes),
    ) as Array<Record<string, unknown> & { claimReviewed: string; url: string }>;
    expect(reviews).toHaveLength(matching);
    const ours = reviews.find((review) => review.url.endsWith(`/claims/${claimIds[0]}`))!;
    expect(ours).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      itemReviewed: { "@type": "Claim" },
      reviewRating: { "@type": "Rating", ratingValue: 5, alternateName: "Verified" },
    });
    expect(ours.claimReviewed.length).toBeLessThan(75);

    // the printable page renders to an A4 PDF with the claims in it
    await page.getByRole("link", { name: "Open the printable page" }).click();
    await expect(page).toHaveURL(/\/export\/print\?/);
    await expect(page.getByRole("heading", { level: 1, name: /Claim summary/ })).toBeVisible();
    const quote = page.locator('blockquote[lang="ar"]').first();
    expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    const html = await page.content();
    for (const statement of statements) expect(html).toContain(statement);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(0);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);

    // every one of those exports is in the audit trail with its row count
    await withDeskDatabase(async (db) => {
      const { rows: events } = await db.query<{ format: string; row_count: number }>(
        `select a.after->>'format' as format, (a.after->>'rowCount')::int as row_count
           from audit_events a join users u on u.id = a.actor_id
          where a.action = 'export.run' and u.email = 'editor@demo.test'
            and a.after->'selection'->>'report' = $1`,
        [String(report.id)],
      );
      const formats = events.map((event) => event.format);
      for (const format of ["csv", "md", "json", "claimreview", "print"]) {
        expect(formats).toContain(format);
      }
    });
  });

  test("makes a personal API token, a script exports with it, and revoking it ends that", async ({
    page,
  }) => {
    const name = `e2e script ${randomBytes(3).toString("hex")}`;
    await page.goto("/export/tokens");
    await page.getByLabel("Token name").fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const tokenField = page.getByLabel("Your new token");
    await expect(tokenField).toHaveValue(/^vdk_/);
    const token = await tokenField.inputValue();

    const script = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: { authorization: `Bearer ${token}` },
    });
    const ok = await script.get("/api/export?format=json&status=all");
    expect(ok.status()).toBe(200);
    expect(ok.headers()["content-disposition"]).toMatch(/^attachment; filename="all-claims-/);
    expect((await ok.json()) as { version: number }).toMatchObject({ version: 1 });

    const bad = await script.get("/api/export?format=pdf");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "bad_request", parameter: "format" } });

    // the token was shown once: after a reload only its name and use remain
    await page.reload();
    await expect(page.getByLabel("Your new token")).toHaveCount(0);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).not.toContainText("Never");
    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    await expect(row).toContainText("Revoked");

    const refused = await script.get("/api/export?format=json");
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: "invalid_token" } });
    await script.dispose();
  });
});

test.describe("a reviewer", () => {
  test.use({ storageState: storageStateOf("reviewer") });

  test("cannot open the export page or its API", async ({ page }) => {
    await page.goto("/claims");
    await expect(
      page.getByRole("navigation", { name: "Desk sections" }).getByRole("link", { name: "Export" }),
    ).toHaveCount(0);
    const response = await page.goto("/export");
    expect(response?.status()).toBe(403);
    expect((await page.goto("/export/print"))?.status()).toBe(403);

    const api = await page.request.get("/api/export?format=csv");
    expect(api.status()).toBe(403);
    expect(await api.json()).toEqual({
      error: {
        code: "forbidden",
        reason: "forbidden:export",
        message: "Exports are for editors and admins.",
      },
    });
  });
});

test("an anonymous request to the export API gets a 401 in JSON", async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const response = await anonymous.get("/api/export?format=csv");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  await anonymous.dispose();
});
