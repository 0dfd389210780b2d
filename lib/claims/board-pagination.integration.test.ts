import { beforeAll, expect, it } from "vitest";
import { getDb } from "@/db";
import { ratings, type User } from "@/db/schema";
import { makeClaims, makeReport } from "@/scripts/testing/make-claim";
import { makeUser } from "@/scripts/testing/make-user";
import { refreshReviewSummaries } from "@/scripts/testing/review-summary";
import { listClaimCards } from "./board";
import { BOARD_PAGE_SIZE, defaultBoardFilter, type BoardFilter } from "./board-query";

let viewer: User;
let otherReviewer: User;

const boardFor = (actor: User, filter: Partial<BoardFilter>) =>
  listClaimCards(actor, { ...defaultBoardFilter, ...filter });

beforeAll(async () => {
  [viewer, otherReviewer] = await Promise.all([makeUser("reviewer"), makeUser("reviewer")]);
});

it("pages through every matching claim once, in every order", async () => {
  const reportId = await makeReport("Pagination");
  const total = BOARD_PAGE_SIZE * 2 + 20;
  // one statement, so every claim has the same created_at: only the id can break ties
  const created = await makeClaims(
    reportId,
    Array.from({ length: total }, (_, i) => ({
      statement: `Paged claim ${i}`,
      quote: `اقتباس ${i}`,
      status: i % 3 === 0 ? ("disputed" as const) : ("in_review" as const),
    })),
  );
  await getDb()
    .insert(ratings)
    .values(
      created
        .filter((_, i) => i % 4 === 0)
        .map((claimId, i) => ({
          claimId,
          reviewerId: otherReviewer.id,
          reliability: "B" as const,
          credibility: 1 + (i % 5),
        })),
    );
  await refreshReviewSummaries(created);
  for (const sort of ["newest", "disputed", "least-reviewed"] as const) {
    const seen: number[] = [];
    for (let page = 1; page <= 4; page++) {
      const result = await boardFor(viewer, { reportId, sort, page });
      expect(result.total).toBe(total);
      expect(result.pageCount).toBe(3);
      expect(result.cards).toHaveLength([BOARD_PAGE_SIZE, BOARD_PAGE_SIZE, 20, 0][page - 1]!);
      seen.push(...result.cards.map((card) => card.id));
    }
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort((a, b) => a - b)).toEqual([...created].sort((a, b) => a - b));
  }
  const searched = await boardFor(viewer, { reportId, q: "PAGED", sort: "disputed", page: 3 });
  expect(searched).toMatchObject({ total, pageCount: 3 });
  expect(searched.cards).toHaveLength(20);
});
