import { describe, expect, it } from "vitest";
import { isFromOwnOrigin } from "./same-origin";

const from = (headers: Record<string, string>) => isFromOwnOrigin(new Headers(headers));

describe("isFromOwnOrigin", () => {
  it("accepts the desk's own pages, by Host or, behind a proxy, X-Forwarded-Host", () => {
    expect(from({ host: "desk.example", origin: "https://desk.example" })).toBe(true);
    expect(from({ host: "localhost:3150", origin: "http://localhost:3150" })).toBe(true);
    expect(
      from({
        host: "10.0.0.5:3000",
        "x-forwarded-host": "desk.example",
        origin: "https://desk.example",
      }),
    ).toBe(true);
  });

  it("refuses another site, a look-alike host, another port and the null origin", () => {
    expect(from({ host: "desk.example", origin: "https://evil.example" })).toBe(false);
    expect(from({ host: "desk.example", origin: "https://desk.example.evil.example" })).toBe(false);
    expect(from({ host: "localhost:3150", origin: "http://localhost:3151" })).toBe(false);
    expect(from({ host: "desk.example", origin: "null" })).toBe(false);
    expect(from({ host: "desk.example", origin: "not a url" })).toBe(false);
  });

  it("lets a sender that is not a browser (no Origin) through: it carries no victim's cookie", () => {
    expect(from({ host: "desk.example" })).toBe(true);
  });
});
