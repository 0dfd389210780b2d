/**
 * Lighthouse (the npm package) on pages of the running desk, with the local
 * Chromium (CHROME_PATH, else /usr/bin/chromium, else what chrome-launcher
 * finds), headless, signed in through the session cookie. Desktop settings:
 * the desk is a newsroom tool used at a desk.
 */
import { existsSync } from "node:fs";

export type LighthouseScore = { page: string; performance: number; accessibility: number };

export async function runLighthouse(
  pages: Array<{ page: string; url: string }>,
  cookie: string,
): Promise<LighthouseScore[]> {
  const chromeLauncher = await import("chrome-launcher");
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const chromePath =
    process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const scores: LighthouseScore[] = [];
    for (const { page, url } of pages) {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          extraHeaders: { Cookie: cookie },
        },
        desktopConfig,
      );
      const shown = result?.lhr.finalDisplayedUrl ?? "";
      if (new URL(shown || url).pathname !== new URL(url).pathname) {
        throw new Error(
          `Lighthouse saw ${shown} instead of ${url}: was the session cookie refused?`,
        );
      }
      const categories = result?.lhr.categories;
      scores.push({
        page,
        performance: Math.round((categories?.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
