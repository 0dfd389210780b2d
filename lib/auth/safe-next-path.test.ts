import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps paths on this site", () => {
    expect(safeNextPath("/claims?status=disputed")).toBe("/claims?status=disputed");
    expect(safeNextPath("/admin/users")).toBe("/admin/users");
  });
  it("refuses other hosts and odd forms", () => {
    for (const next of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      undefined,
    ]) {
      expect(safeNextPath(next)).toBe("/claims");
    }
  });
});
