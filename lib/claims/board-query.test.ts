import { describe, expect, it } from "vitest";
import { boardHref, defaultBoardFilter, isFiltered, parseBoardFilter } from "./board-query";

describe("the board's filter in the URL", () => {
  it("reads a verdict, or claims still waiting for one, and writes it back", () => {
    const verified = parseBoardFilter({ verdict: "verified", status: "disputed" });
    expect(verified).toMatchObject({ verdict: "verified", status: "disputed" });
    expect(isFiltered(verified)).toBe(true);
    expect(boardHref(verified)).toBe("/claims?status=disputed&verdict=verified");
    expect(parseBoardFilter({ verdict: "none" }).verdict).toBe("none");
  });

  it("drops what does not parse and keeps the rest of the link", () => {
    const filter = parseBoardFilter({
      verdict: "true",
      status: "nonsense",
      report: "3",
      page: "0",
    });
    expect(filter).toEqual({ ...defaultBoardFilter, reportId: 3 });
    expect(parseBoardFilter({ verdict: "" }).verdict).toBeNull();
    expect(boardHref(defaultBoardFilter)).toBe("/claims");
  });
});
