import { describe, expect, it } from "vitest";
import { isHttpsRequest } from "./https";

const request = (url: string, headers: Record<string, string> = {}) => ({
  headers: new Headers(headers),
  nextUrl: new URL(url),
});

describe("isHttpsRequest", () => {
  it("follows the request's own protocol when no proxy is trusted", () => {
    expect(isHttpsRequest(request("https://desk.example/claims"), false)).toBe(true);
    expect(isHttpsRequest(request("http://desk.example/claims"), false)).toBe(false);
  });

  it("follows the trusted proxy's X-Forwarded-Proto, its last hop", () => {
    const plain = "http://desk.internal/claims";
    expect(isHttpsRequest(request(plain, { "x-forwarded-proto": "https" }), true)).toBe(true);
    expect(isHttpsRequest(request(plain, { "x-forwarded-proto": "https, http" }), true)).toBe(
      false,
    );
    expect(isHttpsRequest(request(plain, { "x-forwarded-proto": "http, HTTPS" }), true)).toBe(true);
    expect(isHttpsRequest(request(plain), true)).toBe(false);
  });
});
