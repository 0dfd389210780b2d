import { describe, expect, it } from "vitest";
import { parseDirectoryFilter } from "./directory-filter";

describe("the accounts list's URL filters", () => {
  it("are read from the query string, ignoring values they do not know", () => {
    expect(
      parseDirectoryFilter({
        q: "  nour ",
        role: "editor",
        status: "bogus",
        login: ["7d", "never"],
      }),
    ).toEqual({ q: "nour", role: "editor", status: null, lastLogin: "7d" });
    expect(parseDirectoryFilter({ role: "superuser", login: "yesterday" })).toEqual({
      q: "",
      role: null,
      status: null,
      lastLogin: null,
    });
  });
});
