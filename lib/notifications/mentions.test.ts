import { describe, expect, it } from "vitest";
import { mentionedIds, mentionToken, mentionTokenIds, withCurrentNames } from "./mentions";

const samira = { id: "0b6e1c1e-5f9a-4c52-9a51-0d2b0b7f3a11", displayName: "Samira Haddad" };
const hana = { id: "7d3a9f2e-1b4c-4e8d-a6f0-2c9e5b1d8a44", displayName: "هناء يوسف" };
const odd = { id: "c1f2e3d4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", displayName: "O'Brien [ops] *lead*" };

describe("mention tokens", () => {
  it("write the name as link text and the id as the address, Arabic names too", () => {
    expect(mentionToken(samira)).toBe(`[@Samira Haddad](user:${samira.id})`);
    expect(mentionToken(hana)).toBe(`[@هناء يوسف](user:${hana.id})`);
  });

  it("escape what would change a name's meaning in Markdown", () => {
    const token = mentionToken(odd);
    expect(token).toBe(`[@O'Brien \\[ops\\] \\*lead\\*](user:${odd.id})`);
    expect(mentionedIds(`Ask ${token} now`)).toEqual([odd.id]);
  });
});

describe("mentionedIds", () => {
  it("finds each person once, in order, in Arabic text", () => {
    const body = `${mentionToken(hana)} و ${mentionToken(samira)}، هل رأيتما المصدر؟ ${mentionToken(hana)}`;
    expect(mentionedIds(body)).toEqual([hana.id, samira.id]);
  });

  it("ignores tokens shown as code, ordinary links and malformed ids", () => {
    const body = [
      `\`${mentionToken(samira)}\``,
      "```",
      mentionToken(hana),
      "```",
      "[@Someone](https://example.org/user:1)",
      "[@Nobody](user:not-a-uuid)",
      "email me at someone@example.org",
    ].join("\n");
    expect(mentionedIds(body)).toEqual([]);
    // the plain scan used for names sees them, which is harmless: it only renames
    expect(mentionTokenIds(body)).toEqual([samira.id, hana.id]);
  });

  it("reads ids in any case as the same account", () => {
    expect(mentionedIds(`[@X](user:${samira.id.toUpperCase()})`)).toEqual([samira.id]);
  });
});

describe("withCurrentNames", () => {
  it("shows every mention with the person's name as it is now", () => {
    const body = `Thanks ${mentionToken(samira)} and ${mentionToken(hana)}`;
    const names = new Map([
      [samira.id, "Samira Haddad-Nour"],
      [hana.id, "هناء يوسف الخطيب"],
    ]);
    expect(withCurrentNames(body, names)).toBe(
      `Thanks [@Samira Haddad-Nour](user:${samira.id}) and [@هناء يوسف الخطيب](user:${hana.id})`,
    );
  });

  it("keeps the words of a mention whose account it does not know", () => {
    const body = `Hi ${mentionToken(samira)}`;
    expect(withCurrentNames(body, new Map())).toBe(body);
  });
});
