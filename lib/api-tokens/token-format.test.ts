import { describe, expect, it } from "vitest";
import { bearerToken, generateApiToken, hashApiToken } from "./token-format";

describe("personal API tokens", () => {
  it("are vdk_ and 32 random bytes, different every time", () => {
    const token = generateApiToken();
    expect(token).toMatch(/^vdk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), "base64url")).toHaveLength(32);
    expect(generateApiToken()).not.toBe(token);
  });

  it("are stored as their SHA-256", () => {
    // sha256sum of "vdk_example", computed outside the desk
    expect(hashApiToken("vdk_example")).toBe(
      "344c807ea4770f7e88424f7bcaa36ab6df9bc55b2aef8151e88682a29b824520",
    );
  });

  it("are read from a Bearer header only in the desk's form", () => {
    const token = generateApiToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer  ${token} `)).toBe(token);
    for (const header of [
      null,
      "",
      token,
      `Basic ${token}`,
      "Bearer vdk_short",
      `Bearer ${token}x`,
    ]) {
      expect(bearerToken(header)).toBeNull();
    }
  });
});
