import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { claimStatusStyle } from "../components/claims/status-badge";
import { claimStatus } from "../db/schema/enums";
import { demoAccounts, type DemoReviewerKey } from "../lib/demo/accounts";
import { demoClaims } from "../scripts/demo/claims";
import { demoRatings } from "../scripts/demo/ratings";
import { sampleReport } from "../scripts/demo/sample-report";
import { demoVerdicts } from "../scripts/demo/verdicts";
import { createAccount, demoPassword, storageStateOf } from "./support/desk";
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
const bell = (page: Page) => page.getByRole("link", { name: /^Notifications, / });

const reviewers: DemoReviewerKey[] = ["lina", "omar", "hana"];
const demoAccount = (key: string) => demoAccounts.find((account) => account.key === key)!;
const statementOf = (key: string) => demoClaims.find((claim) => claim.key === key)!.statement;
/** A card colleagues have graded and this reviewer has not (and no verdict has locked). */
const waitingFor = (reviewer: DemoReviewerKey) =>
  demoRatings.find(
    (rating) =>
      !rating.grades[reviewer] &&
      Object.keys(rating.grades).length > 0 &&
      !demoVerdicts.some((verdict) => verdict.claim === rating.claim),
  )!;

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

test.describe("each demo reviewer", () => {
  for (const reviewer of reviewers) {
    const { displayName, email } = demoAccount(reviewer);
    test(`${displayName} has a "needs my rating" list of their own, blind to the others' grades`, async ({
      browser,
    }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, email, demoPassword);

      // a card each reviewer is waiting on: on this reviewer's list exactly when they have not graded it
      for (const other of reviewers) {
        const card = waitingFor(other);
        await page.goto(`/claims?unrated=1&q=${encodeURIComponent(statementOf(card.claim))}`);
        const shown = page
          .getByRole("list", { name: "Claim cards" })
          .getByRole("article")
          .filter({ hasText: statementOf(card.claim) });
        await expect(shown, `${card.claim} on ${displayName}'s list`).toHaveCount(
          card.grades[reviewer] ? 0 : 1,
        );
      }

      // their own waiting card shows how many have graded it, and not what
      await page.goto(
        `/claims?unrated=1&q=${encodeURIComponent(statementOf(waitingFor(reviewer).claim))}`,
      );
      await page
        .getByRole("list", { name: "Claim cards" })
        .getByRole("link", { name: statementOf(waitingFor(reviewer).claim) })
        .click();
      const grades = page.getByRole("region", { name: "Sourcing grades" });
      await expect(grades.getByText(/^\d reviewers? (has|have) rated this claim/)).toBeVisible();
      await expect(grades.getByText(/Consensus:/)).toHaveCount(0);
      for (const colleague of reviewers.filter((key) => key !== reviewer)) {
        await expect(grades.getByText(demoAccount(colleague).displayName)).toHaveCount(0);
      }
      await expect(grades.getByRole("heading", { name: "Rate this claim" })).toBeVisible();

      // something waits in the bell: Omar has a colleague's mention besides
      await expect(bell(page)).toHaveAccessibleName(/Notifications, [1-9]\d* unread/);
      if (reviewer === "omar") {
        await bell(page).click();
        await expect(
          page.getByRole("link", {
            name: /^Hana Youssef mentioned you on claim \d+: Kabulov said/,
          }),
        ).toBeVisible();
      }
      await context.close();
    });
  }
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

    // a reviewer's mention waits in the bell, and leads to the comment on its card
    await expect(bell(page)).toHaveAccessibleName(/Notifications, [1-9]\d* unread/);
    await bell(page).click();
    const mention = page.getByRole("link", { name: /^Lina Farouk mentioned you on claim \d+:/ });
    await expect(mention).toBeVisible();
    await mention.click();
    await expect(page).toHaveURL(/\/claims\/\d+#comment-\d+$/);
    const comment = page.locator(`#${new URL(page.url()).hash.slice(1)}`);
    await expect(comment).toContainText("@Karim Nassar");
    await expect(comment).toContainText("ready for your verdict");

    await page.goto("/dashboard");
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
