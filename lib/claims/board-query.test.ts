import { describe, expect, it } from "vitest";
import {
  boardHref,
  boardQueryString,
  defaultBoardFilter,
  isFiltered,
  parseBoardFilter,
  searchTerms,
} from "./board-query";

describe("the board's filter in the URL", () => {
  it("reads a verdict, or claims still waiting for one, and writes it back", () => {
    const verified = parseBoardFilter({ verdict: "verified", status: "disputed" });
    expect(verified).toMatchObject({ verdict: "verified", status: "disputed" });
    expect(isFiltered(verified)).toBe(true);
    expect(boardHref(verified)).toBe("/claims?status=disputed&verdict=verified");
    expect(parseBoardFilter({ verdict: "none" }).verdict).toBe("none");
  });

  it("reads the reviewer as a user id, and nothing else", () => {
    const id = "0b9e8a4c-5f0e-4d7c-9a51-3c2f1e6d7b80";
    expect(boardHref(parseBoardFilter({ reviewer: id }))).toBe(`/claims?reviewer=${id}`);
    expect(parseBoardFilter({ reviewer: "1 or 1=1" }).reviewerId).toBeNull();
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

describe("searchTerms", () => {
  it("searches quoted words as the words, in English and Arabic quotation marks", () => {
    expect(searchTerms('"air support"').include).toEqual(["air", "support"]);
    expect(searchTerms("«ولاية خراسان»")).toEqual(searchTerms("ولاية خراسان"));
    expect(searchTerms("“Taliban” recognised").include).toEqual(["taliban", "recognised"]);
    expect(searchTerms('""')).toEqual({ include: [], exclude: [] });
  });

  it("leaves out a term written with a leading minus, and keeps hyphens inside words", () => {
    expect(searchTerms("Taliban -China")).toEqual({ include: ["taliban"], exclude: ["china"] });
    expect(searchTerms("-الصين")).toEqual({ include: [], exclude: ["الصين"] });
    expect(searchTerms("pro-Taliban -")).toEqual({ include: ["pro-taliban", "-"], exclude: [] });
  });
});

describe("the evidence changed filter", () => {
  it("travels in the link as changed=1 and back", () => {
    const filter = parseBoardFilter({ changed: "1" });
    expect(filter.evidenceChanged).toBe(true);
    expect(isFiltered(filter)).toBe(true);
    expect(boardQueryString(filter)).toBe("changed=1");
    expect(parseBoardFilter({ changed: "maybe" }).evidenceChanged).toBe(false);
  });
});
