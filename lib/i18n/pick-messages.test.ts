import { describe, expect, it } from "vitest";
import { pickedMessages, pickMessages } from "./pick-messages";

const catalogue = {
  board: { card: { ratings: "Ratings" }, filters: { status: "Status" } },
  review: { heading: "Sourcing grades", verdict: { set: "Set verdict" } },
  vocab: { yes: "yes" },
};

describe("pickMessages", () => {
  it("keeps the namespaces named, whole or one part of one, and nothing else", () => {
    expect(pickMessages(catalogue, ["board.card", "vocab"])).toEqual({
      board: { card: { ratings: "Ratings" } },
      vocab: { yes: "yes" },
    });
  });

  it("takes a namespace whole when a part of it is named too, leaving the catalogue as it was", () => {
    const before = structuredClone(catalogue);
    expect(
      pickMessages(catalogue, ["review", "review.verdict", "board.card", "board.filters"]),
    ).toEqual({ review: catalogue.review, board: catalogue.board });
    expect(catalogue).toEqual(before);
  });

  it("refuses a namespace the catalogue does not have", () => {
    expect(() => pickMessages(catalogue, ["board.cards"])).toThrow(/board\.cards/);
  });

  it("makes each list's messages once", () => {
    expect(pickedMessages(catalogue, ["vocab"])).toBe(pickedMessages(catalogue, ["vocab"]));
  });
});
