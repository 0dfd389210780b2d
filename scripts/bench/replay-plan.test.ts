import { describe, expect, it } from "vitest";
import { planReplay } from "./replay-plan";

const query = (lane: number, text: string, start: number, end: number) => ({
  lane,
  text,
  start,
  end,
});

describe("planReplay", () => {
  it("groups queries that were in flight together, and starts a wave after they all finished", () => {
    const user = query(1, "select user", 0, 2);
    const page = query(1, "select page ids", 3, 9);
    const count = query(2, "select count", 3.5, 8);
    const cards = query(2, "select cards", 10, 12);
    const { waves, transactionLanes } = planReplay([cards, count, user, page]);
    expect(waves).toEqual([[user], [page, count], [cards]]);
    expect(transactionLanes).toEqual([]);
  });

  it("marks the lanes that opened a transaction", () => {
    const plan = planReplay([
      query(3, "begin", 0, 1),
      query(3, "select 1 for update", 1, 2),
      query(3, "commit", 2, 3),
      query(4, "select 2", 0.5, 1.5),
    ]);
    expect(plan.transactionLanes).toEqual([3]);
    expect(plan.waves.flat()).toHaveLength(4);
  });
});
