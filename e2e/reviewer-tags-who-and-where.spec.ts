import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createClaimCard, storageStateOf } from "./support/desk";

test.use({ storageState: storageStateOf("reviewer") });

test("a reviewer tags who and where a claim is about, and the board finds it by that tag", async ({
  page,
}) => {
  const tag = randomBytes(4).toString("hex");
  const claimId = await createClaimCard(`Radar trainees left for China ${tag}`);
  const newName = `Radar Training Centre ${tag}`;

  await page.goto(`/claims/${claimId}`);
  const section = page.getByRole("region", { name: "Who and where" });
  await expect(
    section.getByText("No country, person, organisation or place tagged yet"),
  ).toBeVisible();

  // a name without a kind is refused on the kind field, and the name stays typed
  await section.getByLabel("Tag who or where").fill(newName);
  await section.getByRole("button", { name: "Tag", exact: true }).click();
  await expect(section.getByText("Say whether it is a country")).toBeVisible();
  await expect(section.getByLabel("Tag who or where")).toHaveValue(newName);

  await section.getByLabel("Kind").selectOption("organisation");
  await section.getByRole("button", { name: "Tag", exact: true }).click();
  await expect(section.getByText(`Tagged ${newName} (organisation).`)).toBeVisible();
  await expect(section.getByLabel("Tag who or where")).toHaveValue("");
  await expect(
    section.getByRole("button", { name: `Remove the tag ${newName} (organisation)` }),
  ).toBeVisible();

  // a name the desk knows takes its kind when typed
  await section.getByLabel("Tag who or where").fill("China");
  await expect(section.getByLabel("Kind")).toHaveValue("country");
  await section.getByRole("button", { name: "Tag", exact: true }).click();
  await expect(
    section.getByRole("button", { name: "Remove the tag China (country)" }),
  ).toBeVisible();

  // the card's history says who tagged what
  await expect(
    page.getByRole("region", { name: "History" }).getByText("tagged who or where").first(),
  ).toBeVisible();

  // the board's entity menu offers the new entity and finds the card by it
  await page.goto("/claims");
  await page
    .getByLabel("Entity", { exact: true })
    .selectOption({ label: `${newName} (organisation)` });
  await expect(page).toHaveURL(/entity=\d+/);
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText("1 claim matches");
  await expect(
    page.getByRole("link", { name: `Radar trainees left for China ${tag}` }),
  ).toBeVisible();

  // removing the tag takes the card off that filter
  await page.goto(`/claims/${claimId}`);
  await section.getByRole("button", { name: `Remove the tag ${newName} (organisation)` }).click();
  await expect(
    section.getByRole("button", { name: `Remove the tag ${newName} (organisation)` }),
  ).toHaveCount(0);
  await expect(
    section.getByRole("button", { name: "Remove the tag China (country)" }),
  ).toBeVisible();
});
