import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getClaimCard } from "@/lib/claims/card";
import { makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { resemblancesPendingOf } from "@/scripts/testing/resemblances-pending";
import { listContradictionProposals } from "./proposals";
import { catchUpResemblances } from "./resemblances";

/** Two reports' claims on one crossing, reopened on different days, written in bulk (pending). */
async function pendingPair(): Promise<[number, number]> {
  const [a] = await makeClaims(await makeReport("Wire on Ghulam Khan"), [
    {
      statement: "Pakistan reopened the Ghulam Khan crossing to lorries on 4 May 2024.",
      quote: "Pakistan reopened the Ghulam Khan crossing to lorries on 4 May 2024, officials said.",
    },
  ]);
  const [b] = await makeClaims(await makeReport("Radio on Ghulam Khan"), [
    {
      statement: "Pakistan reopened the Ghulam Khan crossing to lorries on 14 May 2024.",
      quote: "The Ghulam Khan crossing was reopened to lorries by Pakistan on 14 May 2024.",
    },
  ]);
  return [a!, b!];
}

describe("a card's page and the look-alikes still to work out", () => {
  it("reads whether any claim waits, and its pairs work them out only then", async () => {
    const reviewer = await makeUser("reviewer");
    const [a, b] = await pendingPair();
    expect((await getClaimCard(reviewer, a))!.anyResemblancesPending).toBe(true);

    // told that nothing waits, the list does not work anything out (and so finds no pair)
    const told = await listContradictionProposals(reviewer, { claimId: a }, { anyPending: false });
    expect(told).toEqual([]);
    expect(await resemblancesPendingOf(a)).toBe(true);

    // as the page is when its read found pending claims: worked out first, then found
    const found = await listContradictionProposals(reviewer, { claimId: a }, { anyPending: true });
    expect(found.map((proposal) => proposal.claims.map((claim) => claim.id))).toContainEqual([
      a,
      b,
    ]);
    expect(await resemblancesPendingOf(a)).toBe(false);

    while ((await catchUpResemblances(getDb())) > 0);
    expect((await getClaimCard(reviewer, a))!.anyResemblancesPending).toBe(false);
  });
});
