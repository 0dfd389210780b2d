import { expect, test } from "@playwright/test";
import { storageStateOf, type DemoRole } from "./support/desk";

// Sections appear in the navigation as they are built; the role split is what matters here.
const expectedSections: Record<DemoRole, { shown: string[]; hidden: string[] }> = {
  reviewer: {
    shown: ["Dashboard", "Claims", "Assigned to me", "Reports", "Sources", "Timeline"],
    hidden: ["Export", "Accounts", "Audit log", "Jobs"],
  },
  editor: {
    shown: ["Dashboard", "Claims", "Assigned to me", "Reports", "Sources", "Timeline", "Export"],
    hidden: ["Accounts", "Audit log", "Jobs"],
  },
  admin: {
    shown: [
      "Dashboard",
      "Claims",
      "Assigned to me",
      "Reports",
      "Sources",
      "Timeline",
      "Export",
      "Accounts",
      "Audit log",
      "Jobs",
    ],
    hidden: [],
  },
};

for (const [role, { shown, hidden }] of Object.entries(expectedSections) as Array<
  [DemoRole, (typeof expectedSections)[DemoRole]]
>) {
  test.describe(`the ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("sees the sections of their role and the demo claims", async ({ page }) => {
      await page.goto("/claims");
      const nav = page.getByRole("navigation", { name: "Desk sections" });
      for (const section of shown)
        await expect(nav.getByRole("link", { name: section })).toBeVisible();
      for (const section of hidden)
        await expect(nav.getByRole("link", { name: section })).toHaveCount(0);
      await expect(nav.getByRole("link", { name: "Claims" })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expect(page.getByRole("status").filter({ hasText: /\d+ claims/ })).toBeVisible();
      // Arabic quotes are set right to left (searched for: other specs' newer cards may fill page 1)
      await page.goto(`/claims?q=${encodeURIComponent("طالبان")}`);
      const quote = page.locator('blockquote[lang="ar"]').first();
      await expect(quote).toBeVisible();
      expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    });
  });
}
