import { describe, expect, it } from "vitest";
import { readVerificationLines, verificationLine } from "./verification-messages";

describe("the verification stream's lines", () => {
  it("are read across chunk boundaries", () => {
    const text =
      verificationLine({ type: "progress", checked: 10, total: 20 }) +
      verificationLine({ type: "failed", message: "gone" });
    const first = readVerificationLines(text.slice(0, 30));
    expect(first.messages).toEqual([]);
    const second = readVerificationLines(first.rest + text.slice(30));
    expect(second.messages).toEqual([
      { type: "progress", checked: 10, total: 20 },
      { type: "failed", message: "gone" },
    ]);
    expect(second.rest).toBe("");
  });
});
