import { describe, expect, it } from "vitest";
import { claimNumberIn } from "./search";

describe("a claim named by its number in the link search", () => {
  it("is read with or without a leading #", () => {
    expect(claimNumberIn("12")).toBe(12);
    expect(claimNumberIn("#12")).toBe(12);
    expect(claimNumberIn(" # 12 ")).toBe(12);
  });

  it("is not read from words, a lone #, or numbers no claim can have", () => {
    expect(claimNumberIn("claim 12")).toBeNull();
    expect(claimNumberIn("12 July")).toBeNull();
    expect(claimNumberIn("##12")).toBeNull();
    expect(claimNumberIn("#")).toBeNull();
    expect(claimNumberIn("#0")).toBeNull();
    expect(claimNumberIn("1234567890")).toBeNull();
  });
});
