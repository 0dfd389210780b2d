import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { claimStatusStyle } from "../components/claims/status-badge";
import { claimStatus } from "../db/schema/enums";
import { sampleReport } from "../scripts/demo/sample-report";
import { demoVerdicts } from "../scripts/demo/verdicts";
import { createAccount, storageStateOf } from "./support/desk";
import { signIn } from "./support/sign-in";

/**
 * What a person deciding whether to adopt the desk sees in the first ten
 * minutes (issue 22): the demo desk opens in mid-work, each role has
 * something waiting, every status and every export has content, and the
 * sample report shows the reader at work. Other specs add cards of their own
 * while these run, so each check reads "at least", never a total.
 */

const firstSteps = (page: Page, role: "a reviewer" | "an editor" | "an admin") =>
  page.getByRole("region", { name: `Where to start, as ${role}` });

test.describe("a reviewer", () => {
  test.use({ storageState: storageStateOf("reviewer") });

  test("finds a card waiting for their grade, blind to the others', and the sample report in the reader", async ({
    page,
  }) => {
    await page.goto("/dashboard");
    await expect(page.getByText(/^Demo desk\./)).toBeVisible();
    const steps = firstSteps(page, "a reviewer");
    await expect(
      steps.getByRole("heading", { name: "Grade a claim that is waiting for you" }),
    ).toBeVisible();
    await expect(new AxeBuilder({ page }).include("main").analyze()).resolves.toMatchObject({
      violations: [],
    });

    // the card others have graded and this reviewer has not: their grades stay hidden
    await steps.getByRole("listitem").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/claims\/\d+$/);
    const grades = page.getByRole("region", { name: "Sourcing grades" });
    await expect(grades.getByText(/^\d reviewers? (has|have) rated this claim/)).toBeVisible();
    await expect(grades.getByText(/Consensus:/)).toHaveCount(0);
    for (const colleague of ["Omar Khalil", "Hana Youssef"]) {
      await expect(grades.getByText(colleague)).toHaveCount(0);
    }
    await expect(grades.getByRole("heading", { name: "Rate this claim" })).toBeVisible();

    // a report to read: on the fresh demo the sample report, here whichever has most highlights
    await page.goBack();
    await steps
      .getByRole("listitem")
      .filter({
        has: page.getByRole("heading", { name: "Read a report with its claims highlighted" }),
      })
      .getByRole("link")
      .click();
    await expect(page).toHaveURL(/\/reports\/\d+$/);
    await expect(page.locator("[data-paragraph] a[href^='/claims/']").first()).toBeVisible();

    // the sample report, with its claims highlighted and sentences suggested
    await page.goto("/reports");
    await page.getByRole("link", { name: sampleReport.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: sampleReport.title })).toBeVisible();
    const highlights = page.locator("[data-paragraph] a[href^='/claims/']");
    expect(await highlights.count()).toBeGreaterThanOrEqual(4);
    expect(
      await page
        .locator("[data-paragraph]")
        .first()
        .evaluate((p) => getComputedStyle(p).direction),
    ).toBe("rtl");
    const suggestions = page.getByRole("region", { name: "Suggested claims" });
    expect(
      await suggestions.getByRole("button", { name: "Make claim" }).count(),
    ).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole("region", { name: "Make a claim from the text" })).toBeVisible();
  });
});

test.describe("an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("finds a card ready for a verdict, and every export format has content", async ({
    page,
  }) => {
    await page.goto("/dashboard");
    const steps = firstSteps(page, "an editor");
    await steps.getByRole("listitem").first().getByRole("link").click();
    const verdict = page.getByRole("region", { name: "Verdict" });
    await expect(verdict.getByRole("button", { name: "Set verdict" })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Sourcing grades" }).getByText(/3 of the 3 ratings/),
    ).toBeVisible();

    await page.goBack();
    await steps.getByRole("link", { name: "Open the export" }).click();
    await expect(page).toHaveURL(/\/export$/);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: /[1-9]\d* claims? match/ }),
    ).toBeVisible();

    // the desk's verified claim, in every format, and every verdict in ClaimReview
    const exported = async (query: string) => {
      const response = await page.request.get(`/api/export?${query}`);
      expect(response.status(), query).toBe(200);
      return response.text();
    };
    for (const format of ["csv", "md", "json", "claimreview"]) {
      expect(await exported(`format=${format}`), format).toContain("Taliban");
    }
    const reviews = JSON.parse(
      await exported("format=claimreview&status=verified,false,misleading,unproven"),
    ) as Array<{ reviewRating: { alternateName: string } }>;
    const verdicts = new Set(reviews.map((review) => review.reviewRating.alternateName));
    for (const label of ["Verified", "Misleading", "Unproven"]) expect(verdicts).toContain(label);
    expect(reviews.length).toBeGreaterThanOrEqual(demoVerdicts.length);

    await page.getByRole("link", { name: "Open the printable page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Claim summary/ })).toBeVisible();
    await expect(
      page.getByText(/Russia officially recognised the Taliban government/).first(),
    ).toBeVisible();
  });
});

test.describe("an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("finds the accounts and the audit trail's integrity check", async ({ page }) => {
    await page.goto("/dashboard");
    const steps = firstSteps(page, "an admin");
    await steps.getByRole("link", { name: "Open the accounts" }).click();
    await expect(page.getByRole("row").filter({ hasText: "reviewer3@demo.test" })).toBeVisible();
    await page.goBack();
    await steps.getByRole("link", { name: "Open the audit log" }).click();
    await page.getByRole("button", { name: "Verify integrity" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: /Intact through event \d+/ }),
    ).toBeVisible();
  });
});

test.describe("the seeded desk", () => {
  test.use({ storageState: storageStateOf("reviewer") });

  test("shows every computed status on the board, each on a card without a verdict", async ({
    page,
  }) => {
    for (const status of claimStatus.enumValues) {
      await page.goto(`/claims?status=${status}`);
      const cards = page.getByRole("list", { name: "Claim cards" }).getByRole("article");
      await expect(
        cards
          .filter({ has: page.getByText(claimStatusStyle[status].label, { exact: true }) })
          .first(),
        status,
      ).toBeVisible();
    }
  });

  test("has agreement between reviewers defined, with a row per demo reviewer", async ({
    page,
  }) => {
    await page.goto("/dashboard");
    const agreement = page.getByRole("region", { name: "Agreement between reviewers" });
    await expect(agreement.getByText(/^α = -?\d\.\d{3}$/)).toHaveCount(2);
    for (const grade of ["Reliability", "Credibility"]) {
      const table = agreement.getByRole("table", {
        name: `${grade}: agreement without each reviewer`,
      });
      for (const reviewer of ["Lina Farouk", "Omar Khalil", "Hana Youssef"]) {
        await expect(table.getByRole("rowheader", { name: reviewer })).toBeVisible();
      }
    }
  });
});

test("a newcomer hides the first steps, finds them hidden the next day, and brings them back", async ({
  page,
}) => {
  const reviewer = await createAccount("reviewer");
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto("/dashboard");
  const toggle = page.getByRole("button", { name: /the first steps$/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(firstSteps(page, "a reviewer")).toBeVisible();

  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(firstSteps(page, "a reviewer")).toHaveCount(0);
  await expect(toggle).toHaveText("Show the first steps");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  // still on the button that answered, for a keyboard user
  await expect(toggle).toBeFocused();

  await page.reload();
  await expect(firstSteps(page, "a reviewer")).toHaveCount(0);
  await toggle.click();
  await expect(firstSteps(page, "a reviewer")).toBeVisible();
  await page.reload();
  await expect(firstSteps(page, "a reviewer")).toBeVisible();
});
