import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { rateClaim, revealRatings } from "@/lib/ratings/rate";
import { importReport } from "@/lib/reports/import";
import { replaceReportText } from "@/lib/reports/replace-text";
import { assignOne } from "@/scripts/testing/assignment-fixtures";
import {
  listenForClaimChanges,
  type ClaimChangeListener,
} from "@/scripts/testing/claim-change-listener";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { newClaimSchema } from "./claim-fields";
import { createClaim } from "./create";

/**
 * Writes that change a card tell open pages and boards (the live feed), as
 * every other card write does through recordClaimChange: a card's creation,
 * a reveal (every viewer's History lists it), a quote found again in a new
 * text, and an assignment done by its assignee's rating.
 */

let listener: ClaimChangeListener;
let reviewer: User;
let editor: User;
beforeAll(async () => {
  listener = await listenForClaimChanges();
  [reviewer, editor] = await Promise.all([makeUser("reviewer"), makeUser("editor")]);
});
afterAll(() => listener.stop());

/** Waits for the announcements about `claimId`, then a moment for any more on their way. */
async function heardAbout(claimId: number, count: number) {
  await expect.poll(() => listener.about(claimId).length).toBeGreaterThanOrEqual(count);
  await new Promise((resolve) => setTimeout(resolve, 100));
  return listener.about(claimId);
}

async function importedReport(text: string) {
  const imported = await importReport(
    editor,
    { title: "Wire", outlet: "Wire", author: null, url: null, publishedOn: null, language: null },
    text,
  );
  if (imported.outcome !== "imported") throw new Error("the test report was not imported");
  return imported.reportId;
}

describe("announced to open pages", () => {
  it("a new card, so boards show it", async () => {
    const sentence = "The ministry said the crossing reopened on 4 May 2024.";
    const reportId = await importedReport(`${sentence}\n\nTraffic was slow.\n`);
    const { claimId } = await createClaim(
      reviewer,
      newClaimSchema.parse({
        reportId: String(reportId),
        statement: "The crossing reopened on 4 May 2024.",
        quote: sentence,
        attribution: "",
      }),
    );
    expect(await heardAbout(claimId, 1)).toEqual([
      { claimId, kind: "claim", actorId: reviewer.id },
    ]);
  });

  it("a reveal, once, since every viewer's History lists it", async () => {
    const claim = await makeClaim();
    await revealRatings(reviewer, claim.id);
    await revealRatings(reviewer, claim.id); // already revealed: nothing recorded, nothing said
    expect(await heardAbout(claim.id, 1)).toEqual([
      { claimId: claim.id, kind: "rating", actorId: reviewer.id },
    ]);
  });

  it("each card whose quote is looked for again in a report's new text", async () => {
    const kept = "Officials said 22 trainees travelled to China.";
    const reportId = await importedReport(`${kept}\n\nThe visit lasted a week.\n`);
    const claimId = (await makeClaim({ reportId, quote: kept })).id;
    const lost = (await makeClaim({ reportId, quote: "The visit lasted a week." })).id;

    const replaced = await replaceReportText(editor, reportId, 1, `Update.\n\n${kept}\n`);
    expect(replaced).toMatchObject({ outcome: "replaced" });
    expect(await heardAbout(claimId, 1)).toEqual([{ claimId, kind: "claim", actorId: editor.id }]);
    expect(await heardAbout(lost, 1)).toEqual([
      { claimId: lost, kind: "claim", actorId: editor.id },
    ]);
  });

  it("an assignment done by its assignee's rating, with the rating", async () => {
    const claim = await makeClaim();
    await assignOne(editor, claim.id, [reviewer]);
    const before = (await heardAbout(claim.id, 1)).length; // the assignment's own
    await rateClaim(reviewer, { claimId: claim.id, reliability: "B", credibility: 2, note: null });
    const heard = (await heardAbout(claim.id, before + 2)).slice(before);
    expect(heard).toEqual([
      { claimId: claim.id, kind: "assignment", actorId: reviewer.id },
      { claimId: claim.id, kind: "rating", actorId: reviewer.id },
    ]);
  });
});
