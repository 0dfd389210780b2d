import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { startWebFixtures, type WebFixtures } from "../../scripts/testing/web-fixtures";

/**
 * The fixture web server on loopback for a spec file (the suite's server may
 * fetch it: UNSAFE_FETCH_LOOPBACK_FOR_TESTS in playwright.config.ts; every
 * other refused address stays refused). Call at the top of the file; the
 * returned function gives the running server inside its tests.
 */
export function serveWebFixtures(): () => WebFixtures {
  let fixtures: WebFixtures | undefined;
  test.beforeAll(async () => {
    fixtures = await startWebFixtures();
  });
  test.afterAll(() => fixtures?.close());
  return () => fixtures!;
}

/** No axe violation in the page's main content, and no sideways scrolling, at a desk's width and a phone's. */
export async function expectAccessibleAtBothWidths(page: Page) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const audit = await new AxeBuilder({ page }).include("main").analyze();
    expect(audit.violations, `at ${width} px`).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `at ${width} px the page scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
