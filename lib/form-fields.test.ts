import { describe, expect, it } from "vitest";
import { inEnglish } from "@/scripts/testing/in-english";
import { claimIdField, idField, idParam, versionField } from "./form-fields";

/** The messages a form would show, in English. */
const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error!.issues.map((issue) => inEnglish(issue.message));

describe("ids and versions as forms send them", () => {
  it("reads a whole number above zero from the text a form sends", () => {
    expect(claimIdField.parse("12")).toBe(12);
    expect(versionField.parse("3")).toBe(3);
  });

  it.each(["", "0", "-4", "1.5", "twelve", undefined])(
    "refuses %j, naming the thing it should have been",
    (sent) => {
      expect(messageOf(claimIdField.safeParse(sent))).toEqual(["Unknown claim."]);
      expect(messageOf(idField("comment").safeParse(sent))).toEqual(["Unknown comment."]);
      expect(messageOf(versionField.safeParse(sent))).toEqual(["Reload the page and try again."]);
      expect(claimIdField.safeParse(sent).error!.issues[0]!.message).toBe("forms.unknown.claim");
    },
  );

  it("says what to do instead when the id is one the person chooses", () => {
    const choice = idField("claim", "relations.errors.chooseClaim");
    expect(messageOf(choice.safeParse(undefined))).toEqual([
      "Choose the claim to link from the search results.",
    ]);
  });
});

describe("an id in an address", () => {
  it("is a whole number from 1 to PostgreSQL's largest integer", () => {
    expect(idParam.parse("7")).toBe(7);
    expect(idParam.parse("2147483647")).toBe(2_147_483_647);
    for (const sent of ["0", "2147483648", "1e3x", "2.5"]) {
      expect(idParam.safeParse(sent).success).toBe(false);
    }
  });
});
