import { describe, expect, it } from "vitest";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { rateClaim } from "@/lib/ratings/rate";
import { ratingSchema } from "@/lib/ratings/rating-fields";
import { getClaimHistory, getClaimHistoryPage } from "./history";

describe("a card's history, a page at a time", () => {
  it("gives the newest events and counts them all, with grades still withheld from a blind reader", async () => {
    const claim = await makeClaim();
    const raters = await Promise.all([1, 2, 3, 4].map(() => makeUser("reviewer")));
    for (const [index, rater] of raters.entries()) {
      await rateClaim(
        rater,
        ratingSchema.parse({ claimId: claim.id, reliability: "B", credibility: index + 1 }),
      );
    }
    const reader = await makeUser("reviewer");
    const whole = await getClaimHistory(reader, claim.id);
    expect(whole.filter((event) => event.action === "rating.create")).toHaveLength(4);

    const page = await getClaimHistoryPage(reader, claim.id, 2);
    expect(page.total).toBe(whole.length);
    expect(page.events.map((event) => event.id)).toEqual(
      whole.slice(0, 2).map((event) => event.id),
    );
    expect(
      page.events.every((event) => event.action === "rating.create" && event.gradesHidden),
    ).toBe(true);
    expect(JSON.stringify(page.events)).not.toMatch(/"(grade|credibility)"/);

    const rater = raters[3]!;
    const seen = await getClaimHistoryPage(rater, claim.id, 1);
    expect(seen.events[0]!.after).toMatchObject({ grade: "B4" });
    expect((await getClaimHistoryPage(reader, claim.id, 100)).events).toHaveLength(whole.length);
  });
});
