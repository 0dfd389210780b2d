import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";

const directivesOf = (policy: string) =>
  new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

describe("contentSecurityPolicy", () => {
  const production = directivesOf(
    contentSecurityPolicy({ nonce: "abc123", development: false, https: false }),
  );

  it("lets scripts run only with this response's nonce", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
  });

  it("refuses plugins, <base>, framing and foreign form targets", () => {
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'none'"]);
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
  });

  it("allows eval only to the development server", () => {
    const development = directivesOf(
      contentSecurityPolicy({ nonce: "n", development: true, https: false }),
    );
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(production.get("script-src")).not.toContain("'unsafe-eval'");
    expect(production.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("upgrades subresources only over https", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    const https = directivesOf(
      contentSecurityPolicy({ nonce: "n", development: false, https: true }),
    );
    expect(https.has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("createNonce", () => {
  it("makes a fresh 128-bit base64 value each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
