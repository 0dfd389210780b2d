/**
 * `npm run demo:screenshots [-- --url http://localhost:3000]`: the README's
 * tour pictures, taken from a running demo desk (`npm start`, or after
 * `npm run demo:reset`) as the demo reviewer Lina Farouk sees it: the board,
 * a claim page, the sample report in the reader and the dashboard, each the
 * first screen at 1280 px, then the board and the claim page again in the
 * Arabic interface (switched with the header's button, and back after). Chromium is the one the e2e suite uses
 * (playwright.config.ts). The PNGs are reduced to a 256-colour palette, which
 * keeps text sharp at a fraction of the size, and written to
 * scripts/demo/screenshots/.
 *
 * The password is DEMO_PASSWORD, or the one `npm start` saved in
 * .data/demo-credentials.txt (DESK_DATA_DIR).
 */
import { chromium, expect as playwrightExpect, type Page } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { launchOptions } from "@/playwright.config";
import { demoAccounts } from "@/lib/demo/accounts";
import arabic from "@/lib/i18n/messages/ar";
import english from "@/lib/i18n/messages/en";
import { demoCredentialsFile, savedDemoPassword } from "../lib/demo-credentials";
import { demoClaims } from "./claims";
import { sampleReport } from "./sample-report";

// a desk just started, or a busy machine, may take a while to render a page the first time
const expect = playwrightExpect.configure({ timeout: 60_000 });
const outputDir = path.join(__dirname, "screenshots");
const viewport = { width: 1280, height: 860 };

/** The claim the tour opens: graded, sourced from a footnote, discussed. */
const tourClaim = demoClaims.find((claim) => claim.key === "r003-euronews-first-country")!;

const shots: Array<{ file: string; open: (page: Page) => Promise<void> }> = [
  {
    file: "board.png",
    open: async (page) => {
      // most disputed first: the cards a desk argues about
      await page.goto("/claims?sort=disputed");
      await expect(page.getByRole("list", { name: "Claim cards" })).toBeVisible();
    },
  },
  {
    file: "claim.png",
    open: async (page) => {
      await page.goto(`/claims?q=${encodeURIComponent("Euronews reported")}`);
      await page.getByRole("link", { name: tourClaim.statement, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(tourClaim.statement);
    },
  },
  {
    file: "reader.png",
    open: async (page) => {
      await page.goto("/reports");
      await page.getByRole("link", { name: sampleReport.title }).click();
      await expect(page.locator("[data-paragraph] a[href^='/claims/']").first()).toBeVisible();
    },
  },
  {
    file: "dashboard.png",
    open: async (page) => {
      await page.goto("/dashboard");
      await expect(
        page.getByRole("heading", { name: "Agreement between reviewers" }),
      ).toBeVisible();
    },
  },
];

/** The same board and claim, read in Arabic: found by the Arabic catalogue's words. */
const arabicShots: typeof shots = [
  {
    file: "board-ar.png",
    open: async (page) => {
      await page.goto("/claims?sort=disputed");
      await expect(page.getByRole("list", { name: arabic.board.cards })).toBeVisible();
    },
  },
  {
    file: "claim-ar.png",
    open: async (page) => {
      await page.goto(`/claims?q=${encodeURIComponent("Euronews reported")}`);
      await page.getByRole("link", { name: tourClaim.statement, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(tourClaim.statement);
    },
  },
];

/** Opens each shot's page and writes its first screen as a small PNG; returns the bytes written. */
async function takeShots(page: Page, list: typeof shots): Promise<number> {
  let total = 0;
  for (const shot of list) {
    await shot.open(page);
    // the picture shows the page at rest: live updates connected, fonts loaded
    for (const connecting of [english.claim.live.connecting, arabic.claim.live.connecting]) {
      await expect(page.getByText(connecting)).toHaveCount(0);
    }
    await page.evaluate(() => document.fonts.ready);
    const png = await sharp(await page.screenshot())
      .png({ palette: true, colours: 256, effort: 10, compressionLevel: 9 })
      .toBuffer();
    writeFileSync(path.join(outputDir, shot.file), png);
    total += png.byteLength;
    console.log(`${shot.file}: ${Math.round(png.byteLength / 1024)} kB`);
  }
  return total;
}

/** Presses the header's button naming the other language, and waits for the page to speak it. */
async function switchLanguage(page: Page, to: "ar" | "en") {
  await page
    .getByRole("button", { name: to === "ar" ? "العربية" : "English", exact: true })
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: "string" } } });
  const baseURL = values.url ?? process.env.DESK_URL ?? "http://localhost:3000";
  const password =
    process.env.DEMO_PASSWORD ||
    savedDemoPassword(demoCredentialsFile(path.resolve(process.env.DESK_DATA_DIR ?? ".data")));
  if (!password) {
    throw new Error("Set DEMO_PASSWORD, or run this beside the desk that npm start saved it for.");
  }
  const reviewer = demoAccounts.find((account) => account.key === "lina")!;

  mkdirSync(outputDir, { recursive: true });
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ baseURL, viewport, colorScheme: "light" });
    await page.goto("/login");
    await page.getByLabel("Email").fill(reviewer.email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Claims" })).toBeVisible();

    let total = await takeShots(page, shots);
    await switchLanguage(page, "ar");
    try {
      total += await takeShots(page, arabicShots);
    } finally {
      await switchLanguage(page, "en");
    }
    console.log(
      `${shots.length + arabicShots.length} screenshots, ${Math.round(total / 1024)} kB, in ${outputDir}`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
