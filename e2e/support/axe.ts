import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * The page, as it stands, has no serious or critical axe violation (the
 * issues' bar); the message names each rule and its first element.
 */
export async function expectAxeClean(page: Page) {
  const audit = await new AxeBuilder({ page }).analyze();
  const serious = audit.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, JSON.stringify(serious.map((v) => [v.id, v.nodes[0]?.target]))).toEqual([]);
}
