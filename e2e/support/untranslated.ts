import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { latinProperNames } from "../../scripts/testing/proper-names";
import { withDeskDatabase } from "./desk";

/**
 * Reading a page of the Arabic interface for words in Latin script: any word
 * that is neither data (shown in its own direction: `<bdi>`, `dir="auto"`,
 * an isolated SVG text, the `dir="ltr"` or SVG `direction="ltr"` that an
 * Arabic page sets only on what is not in its language, or marked with a
 * language of its own) nor a proper
 * name on the allow-list is a string that escaped the catalogues. Labels read
 * by screen readers (aria-label, title, placeholder, alt) and the page's
 * title are read too. The walk through every page and the one through every
 * dialog share it.
 */

/** What the page says in Latin script outside its data, one line per place. */
export async function untranslatedOn(page: Page): Promise<string[]> {
  return page.evaluate(
    (properNames) => {
      const allowed = new Set(properNames);
      const dataSelector =
        'bdi, [dir="auto"], [dir="ltr"], [direction="ltr"], [lang]:not([lang="ar"]), code, kbd, pre, script, style, noscript, [translate="no"], ' +
        // SVG has no <bdi>: a text isolated in its own direction is its equivalent
        'svg text[direction][unicode-bidi="isolate"]';
      for (const details of document.querySelectorAll("details")) details.open = true;

      // a web address's scheme ("https://" as a placeholder) is typed as it is in any language
      const wordsOf = (text: string) =>
        text.replace(/\bhttps?:\/\//g, "").match(/[A-Za-z]{2,}/g) ?? [];
      // names and words that the page shows as data may recur inside a label
      const dataWords = new Set<string>();
      for (const element of document.body.querySelectorAll(dataSelector)) {
        for (const word of wordsOf(element.textContent ?? "")) dataWords.add(word);
      }
      const stray = (text: string) =>
        wordsOf(text).filter((word) => !allowed.has(word) && !dataWords.has(word));

      const found = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest(dataSelector) || !element.checkVisibility()) continue;
        const text = node.textContent?.trim() ?? "";
        if (wordsOf(text).some((word) => !allowed.has(word))) {
          found.add(`${element.tagName.toLowerCase()}: ${text.slice(0, 100)}`);
        }
      }
      for (const element of document.body.querySelectorAll(
        "[aria-label], [title], [placeholder], img[alt]",
      )) {
        if (element.closest('[lang]:not([lang="ar"]), code, pre')) continue;
        for (const name of ["aria-label", "title", "placeholder", "alt"]) {
          // a left-to-right field's placeholder shows what to type ("https://"), not words
          if (name === "placeholder" && element.getAttribute("dir") === "ltr") continue;
          const value = element.getAttribute(name);
          if (value && stray(value).length > 0) found.add(`${name}: ${value.slice(0, 100)}`);
        }
      }
      if (stray(document.title).length > 0) found.add(`title: ${document.title}`);
      return [...found];
    },
    [...latinProperNames],
  );
}

/** Opens `path` and returns what it says in Latin script, each line prefixed with the path. */
export async function walk(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.waitForLoadState("networkidle");
  const untranslated = (await untranslatedOn(page)).map((line) => `${path} → ${line}`);
  return [...untranslated, ...(await seriousAxeFindings(page, path))];
}

/** The page's serious and critical axe violations at 1280 and at 390 px wide, one line each. */
async function seriousAxeFindings(page: Page, path: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const violation of violations) {
      if (violation.impact !== "serious" && violation.impact !== "critical") continue;
      found.push(`${path} at ${width} px → axe ${violation.id}: ${violation.nodes[0]?.target}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}

/** Ids of pages that show one thing: the sample report, a card with a verdict and evidence, a source. */
export async function deskIds() {
  return withDeskDatabase(async (db) => {
    const one = async (sql: string) => (await db.query<{ id: number }>(sql)).rows[0]?.id;
    return {
      report: await one("select id from reports where full_text is not null order by id limit 1"),
      claim: await one(
        `select c.id from claims c join verdicts v on v.claim_id = c.id
         where exists (select 1 from evidence e where e.claim_id = c.id) order by c.id limit 1`,
      ),
      evidence: await one(
        "select evidence_id as id from evidence_snapshots order by evidence_id limit 1",
      ),
      source: await one("select source_id as id from claim_sources order by source_id limit 1"),
    };
  });
}

/**
 * What `open` brings up (a dialog, a confirmation, field errors), read once
 * it has settled; each line prefixed with what was opened.
 */
export async function untranslatedAfter(
  page: Page,
  what: string,
  open: () => Promise<unknown>,
): Promise<string[]> {
  await open();
  await page.waitForLoadState("networkidle");
  return (await untranslatedOn(page)).map((line) => `${what} → ${line}`);
}

/**
 * Opens, one at a time, every kind of closed disclosure button of the page's
 * main part (a confirmation, a comment's edit and delete panels, the first
 * steps), reading the page after each. They only open: nothing is
 * confirmed. A kind is opened once, however many rows repeat it (the
 * accounts page has a "deactivate" per account, and the suites make many).
 */
export async function untranslatedInDisclosures(page: Page, path: string): Promise<string[]> {
  // a disabled one (merging before a source is chosen) waits for a choice first
  const closed = page.locator('main button[aria-expanded="false"]:enabled');
  const found: string[] = [];
  const opened = new Set<string>();
  for (let i = 0; i < (await closed.count()); i++) {
    const button = closed.nth(i);
    const name = (await button.textContent())?.trim() ?? "";
    if (opened.has(name) || !(await button.isVisible())) continue;
    opened.add(name);
    found.push(...(await untranslatedAfter(page, `${path} ${name}`, () => button.click())));
    await page.goto(path);
  }
  return found;
}
