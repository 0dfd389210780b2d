import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoClaims } from "../scripts/demo/claims";
import { demoRelations } from "../scripts/demo/relations";
import { storageStateOf } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

const statementOf = (key: string) => demoClaims.find((claim) => claim.key === key)!.statement;
const delisting2024 = statementOf("r003-delisting-april-2024");
const delisting2025 = statementOf("r002-delisting-april-2025");
// the one demo quote that writes the word with hamza: "بعد ذلك الإعتراف الرسمي"
const recognitionWithHamza = statementOf("r003-recognition-july-2025");
const contradictingDemoClaims = [
  ...new Set(
    demoRelations
      .filter((relation) => relation.kind === "contradicts")
      .flatMap((relation) => [relation.fromClaim, relation.toClaim]),
  ),
].map(statementOf);

const cardList = (page: Page) => page.getByRole("list", { name: "Claim cards" });
const card = (page: Page, statement: string) =>
  cardList(page).getByRole("article", { name: statement, exact: true });
const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The headlines of a board, following its "Next page" links to the end. */
async function statementsOnEveryPage(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const statements: string[] = [];
  for (let pages = 1; pages <= 50; pages++) {
    await expect(cardList(page)).toBeVisible();
    statements.push(...(await cardList(page).getByRole("heading").allInnerTexts()));
    const next = page.getByRole("navigation", { name: "Pages" }).getByRole("link", {
      name: "Next page",
    });
    if ((await next.count()) === 0) return statements;
    const url = page.url();
    await next.click();
    await expect(page).not.toHaveURL(url);
  }
  throw new Error(`${path} has more than 50 pages`);
}

test("a reviewer filters the board to contradictions, and the URL and Back keep the filters", async ({
  page,
}) => {
  await page.goto("/claims");
  const contradictions = page.getByRole("checkbox", { name: "Has contradictions" });
  const sort = page.getByRole("combobox", { name: "Sort by" });

  await contradictions.check();
  await expect(page).toHaveURL(/\/claims\?contradictions=1$/);
  // other specs add contradicting claims of their own, newer than the demo's: read every page
  const reader = await page.context().newPage();
  const filtered = await statementsOnEveryPage(reader, "/claims?contradictions=1");
  await reader.close();
  expect(filtered).toEqual(expect.arrayContaining([delisting2024, delisting2025]));
  expect(filtered).toEqual(expect.arrayContaining(contradictingDemoClaims));
  // every card shown carries the flag, and the count is announced
  const cards = cardList(page).getByRole("article");
  await expect(cards.filter({ hasNotText: "Contradicted" })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: /claims? match/ })).toHaveText(
    new RegExp(`^${filtered.length} claims match`),
  );

  await sort.selectOption({ label: "Most disputed" });
  await expect(page).toHaveURL(/\/claims\?contradictions=1&sort=disputed$/);
  await expect(cards.first()).toContainText("Contradicted");

  await page.goBack();
  await expect(page).toHaveURL(/\/claims\?contradictions=1$/);
  await expect(sort).toHaveValue("newest");
  await expect(contradictions).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(contradictions).not.toBeChecked();

  await page.goForward();
  await expect(contradictions).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: /claims? match/ })).toBeVisible();

  // a shared link opens the same board
  await page.goto("/claims?contradictions=1&q=April&sort=disputed");
  await expect(contradictions).toBeChecked();
  await expect(page.getByRole("searchbox", { name: "Search claims" })).toHaveValue("April");
  await expect(sort).toHaveValue("disputed");
  await expect(card(page, delisting2024)).toBeVisible();
  await expect(card(page, delisting2025)).toBeVisible();

  const audit = await new AxeBuilder({ page }).include("main").analyze();
  expect(audit.violations).toEqual([]);
});

test("an Arabic search finds the same claims with and without hamza", async ({ page }) => {
  await page.goto("/claims");
  const search = page.getByRole("searchbox", { name: "Search claims" });
  const headlines = () => cardList(page).getByRole("heading").allInnerTexts();

  await search.fill("الإعتراف");
  await search.press("Enter");
  await expect.poll(() => searchParam(page, "q")).toBe("الإعتراف");
  await expect(card(page, recognitionWithHamza)).toBeVisible();
  // the quote reads right to left
  await expect(card(page, recognitionWithHamza).locator("blockquote")).toHaveAttribute(
    "dir",
    "rtl",
  );
  const withHamza = (await headlines()).sort();
  expect(withHamza.length).toBeGreaterThan(1);

  await search.fill("الاعتراف");
  await page.getByRole("button", { name: "Search" }).click();
  await expect.poll(() => searchParam(page, "q")).toBe("الاعتراف");
  await expect(card(page, recognitionWithHamza)).toBeVisible();
  expect((await headlines()).sort()).toEqual(withHamza);

  await page.goBack();
  await expect.poll(() => searchParam(page, "q")).toBe("الإعتراف");
  await expect(search).toHaveValue("الإعتراف");
});
