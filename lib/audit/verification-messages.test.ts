import { describe, expect, it } from "vitest";
import { readVerificationLines, verificationLine } from "./verification-messages";

const broken = {
  type: "broken",
  checked: 10,
  intactThroughId: 9,
  eventId: 10,
  breakKind: "content",
  previousId: 0,
  seconds: 0.1,
} as const;

describe("the verification stream's lines", () => {
  it("are read across chunk boundaries", () => {
    const text =
      verificationLine({ type: "progress", checked: 10, total: 20 }) + verificationLine(broken);
    const first = readVerificationLines(text.slice(0, 30));
    expect(first.messages).toEqual([]);
    const second = readVerificationLines(first.rest + text.slice(30));
    expect(second.messages).toEqual([{ type: "progress", checked: 10, total: 20 }, broken]);
    expect(second.rest).toBe("");
  });
});
