import { describe, expect, it } from "vitest";
import { originSentence } from "./assignment-wording";

const on = new Date("2026-12-04T10:00:00Z");
const row = {
  byDesk: false,
  tookItThemselves: false,
  deciding: false,
  assignedBy: "Samira Haddad",
  createdAt: on,
};

describe("how an assignment came about", () => {
  it("names the editor who assigned it, and says when it is a deciding look", () => {
    expect(originSentence(row, false)).toMatch(/^Samira Haddad assigned it on .+\.$/);
    expect(originSentence({ ...row, deciding: true }, false)).toMatch(
      /^Samira Haddad assigned it on .+, for a deciding look\.$/,
    );
    expect(originSentence({ ...row, byDesk: true, deciding: true }, false)).toMatch(
      /^The desk assigned it on .+, for a deciding look\.$/,
    );
  });

  it("says a person took it, and still that it is a deciding look when an editor took their own proposal", () => {
    expect(originSentence({ ...row, tookItThemselves: true }, false)).toMatch(/^Took it on .+\.$/);
    expect(originSentence({ ...row, tookItThemselves: true }, true)).toMatch(/^You took it on /);
    expect(originSentence({ ...row, tookItThemselves: true, deciding: true }, false)).toMatch(
      /^Took it on .+, for a deciding look\.$/,
    );
    expect(originSentence({ ...row, tookItThemselves: true, deciding: true }, true)).toMatch(
      /^You took it on .+, for a deciding look\.$/,
    );
  });
});
