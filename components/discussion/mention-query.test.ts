import { describe, expect, it } from "vitest";
import { matchingMembers, mentionQueryAt } from "./mention-query";

const members = [
  { id: "1", displayName: "Samira Haddad", email: "admin@demo.test" },
  { id: "2", displayName: "هناء يوسف", email: "reviewer3@demo.test" },
  { id: "3", displayName: "Omar Khalil", email: "reviewer2@demo.test" },
  { id: "4", displayName: "أحمد سمير", email: "ahmad@desk.example" },
];

describe("mentionQueryAt", () => {
  it("reads what follows an @ typed at the caret", () => {
    expect(mentionQueryAt("Ask @Sam", 8)).toEqual({ start: 4, end: 8, text: "Sam" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, end: 1, text: "" });
    expect(mentionQueryAt("سؤال @هنا", 9)).toEqual({ start: 5, end: 9, text: "هنا" });
  });

  it("is not a mention inside an email address, across lines or after a chosen one", () => {
    expect(mentionQueryAt("write to someone@desk", 21)).toBeNull();
    expect(mentionQueryAt("@Sam\nnext", 9)).toBeNull();
    expect(mentionQueryAt("[@Samira Haddad](user:1) ok", 27)).toBeNull();
    expect(mentionQueryAt("@ Sam", 5)).toBeNull();
  });
});

describe("matchingMembers", () => {
  it("matches names and emails, name starts first", () => {
    expect(matchingMembers(members, "sam").map((m) => m.id)).toEqual(["1"]);
    expect(matchingMembers(members, "reviewer").map((m) => m.id)).toEqual(["2", "3"]);
    expect(matchingMembers(members, "").length).toBe(4);
  });

  it("matches Arabic names whatever the hamza or a second word", () => {
    expect(matchingMembers(members, "هناء").map((m) => m.id)).toEqual(["2"]);
    expect(matchingMembers(members, "احمد").map((m) => m.id)).toEqual(["4"]);
    expect(matchingMembers(members, "سمير").map((m) => m.id)).toEqual(["4"]);
  });
});
