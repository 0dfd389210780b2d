import { inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { claims, type User } from "@/db/schema";
import { makeClaim } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { addEvidence } from "@/lib/evidence/add";
import { retractEvidence } from "@/lib/evidence/retract";
import { rateClaim } from "@/lib/ratings/rate";
import { addRelation } from "@/lib/relations/add";
import { removeRelation } from "@/lib/relations/remove";

let reviewers: User[];

beforeAll(async () => {
  reviewers = await Promise.all(Array.from({ length: 3 }, () => makeUser("reviewer")));
});

async function summaryOf(claimIds: number[]) {
  const rows = await getDb()
    .select({
      id: claims.id,
      ratingCount: claims.ratingCount,
      contradicted: claims.contradicted,
    })
    .from(claims)
    .where(inArray(claims.id, claimIds));
  return claimIds.map((id) => rows.find((row) => row.id === id)!);
}

describe("the board's summary columns", () => {
  it("follow ratings as they are made and changed", async () => {
    const { id } = await makeClaim();
    await rateClaim(reviewers[0]!, { claimId: id, reliability: "B", credibility: 2, note: "" });
    expect(await summaryOf([id])).toEqual([{ id, ratingCount: 1, contradicted: false }]);
    await rateClaim(reviewers[1]!, { claimId: id, reliability: "E", credibility: 3, note: "" });
    expect((await summaryOf([id]))[0]).toMatchObject({ ratingCount: 2 });
    // a changed rating is still one rating
    await rateClaim(reviewers[1]!, { claimId: id, reliability: "F", credibility: 6, note: "" });
    expect((await summaryOf([id]))[0]).toMatchObject({ ratingCount: 2 });
  });

  it("flag contradicting evidence until it is retracted", async () => {
    const { id } = await makeClaim();
    await addEvidence(reviewers[0]!, id, {
      url: "https://news.example/supports",
      title: "Supports",
      outlet: null,
      publishedOn: null,
      archiveUrl: null,
      stance: "supports",
      quote: null,
    });
    expect((await summaryOf([id]))[0]!.contradicted).toBe(false);
    const { evidenceId } = await addEvidence(reviewers[0]!, id, {
      url: "https://news.example/contradicts",
      title: "Contradicts",
      outlet: null,
      publishedOn: null,
      archiveUrl: null,
      stance: "contradicts",
      quote: null,
    });
    expect((await summaryOf([id]))[0]!.contradicted).toBe(true);
    await retractEvidence(reviewers[0]!, {
      evidenceId,
      version: 1,
      reason: "The page was a parody site.",
    });
    expect((await summaryOf([id]))[0]!.contradicted).toBe(false);
  });

  it("flag both ends of a contradiction link, and clear them when it is removed", async () => {
    const [a, b] = [(await makeClaim()).id, (await makeClaim()).id];
    const { relationId } = await addRelation(reviewers[2]!, {
      claimId: a,
      otherClaimId: b,
      kind: "contradicts",
      note: "",
    });
    expect((await summaryOf([a, b])).map((row) => row.contradicted)).toEqual([true, true]);
    await removeRelation(reviewers[2]!, relationId);
    expect((await summaryOf([a, b])).map((row) => row.contradicted)).toEqual([false, false]);
  });
});
